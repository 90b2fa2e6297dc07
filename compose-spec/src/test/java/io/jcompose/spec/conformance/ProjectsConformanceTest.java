package io.jcompose.spec.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Multi-file projects (override files, include, extends) and a public sample project, printed
 * whole as docker compose config prints them.
 */
class ProjectsConformanceTest {

    @TempDir
    Path dir;

    /** docker/awesome-compose react-java-mysql: secrets, healthchecks, expose, custom networks. */
    @Test
    void awesomeComposeReactJavaMysql() {
        ComposeProject project = new ComposeProject(dir.resolve("react-java-mysql")).compose("""
                services:
                  backend:
                    build: backend
                    restart: always
                    secrets:
                      - db-password
                    environment:
                      MYSQL_HOST: db
                    networks:
                      - react-spring
                      - spring-mysql
                    depends_on:
                      db:
                        condition: service_healthy
                  db:
                    image: mariadb:10.6.4-focal
                    environment:
                      - MYSQL_DATABASE=example
                      - MYSQL_ROOT_PASSWORD_FILE=/run/secrets/db-password
                    restart: always
                    healthcheck:
                      test: ["CMD", "mysqladmin", "ping", "-h", "127.0.0.1", "--silent"]
                      interval: 3s
                      retries: 5
                      start_period: 30s
                    secrets:
                      - db-password
                    volumes:
                      - db-data:/var/lib/mysql
                    networks:
                      - spring-mysql
                    expose:
                      - 3306
                      - 33060
                  frontend:
                    build:
                      context: frontend
                      target: development
                    ports:
                      - 3000:3000
                    volumes:
                      - ./frontend/src:/code/src
                      - /project/node_modules
                    networks:
                      - react-spring
                    depends_on:
                      - backend
                volumes:
                  db-data: {}
                secrets:
                  db-password:
                    file: db/password.txt
                networks:
                  react-spring: {}
                  spring-mysql: {}
                """);
        assertThat(project.yaml()).isEqualTo(project.expand("""
                name: react-java-mysql
                services:
                  backend:
                    build:
                      context: ${DIR}/backend
                      dockerfile: Dockerfile
                    depends_on:
                      db:
                        condition: service_healthy
                        required: true
                    environment:
                      MYSQL_HOST: db
                    networks:
                      react-spring: null
                      spring-mysql: null
                    restart: always
                    secrets:
                      - source: db-password
                        target: /run/secrets/db-password
                  db:
                    environment:
                      MYSQL_DATABASE: example
                      MYSQL_ROOT_PASSWORD_FILE: /run/secrets/db-password
                    expose:
                      - "3306"
                      - "33060"
                    healthcheck:
                      test:
                        - CMD
                        - mysqladmin
                        - ping
                        - -h
                        - 127.0.0.1
                        - --silent
                      interval: 3s
                      retries: 5
                      start_period: 30s
                    image: mariadb:10.6.4-focal
                    networks:
                      spring-mysql: null
                    restart: always
                    secrets:
                      - source: db-password
                        target: /run/secrets/db-password
                    volumes:
                      - type: volume
                        source: db-data
                        target: /var/lib/mysql
                        volume: {}
                  frontend:
                    build:
                      context: ${DIR}/frontend
                      dockerfile: Dockerfile
                      target: development
                    depends_on:
                      backend:
                        condition: service_started
                        required: true
                    networks:
                      react-spring: null
                    ports:
                      - mode: ingress
                        target: 3000
                        published: "3000"
                        protocol: tcp
                    volumes:
                      - type: bind
                        source: ${DIR}/frontend/src
                        target: /code/src
                        bind: {}
                      - type: volume
                        target: /project/node_modules
                        volume: {}
                networks:
                  react-spring:
                    name: react-java-mysql_react-spring
                  spring-mysql:
                    name: react-java-mysql_spring-mysql
                volumes:
                  db-data:
                    name: react-java-mysql_db-data
                secrets:
                  db-password:
                    name: react-java-mysql_db-password
                    file: ${DIR}/db/password.txt
                """));
    }

    /**
     * compose.override.yaml merged over compose.yaml: command replaced, ports and volumes unique by
     * target, environment/labels/build args merged by key, dns merged without duplicates, logging
     * options merged, ulimits merged field by field, healthcheck test replaced.
     */
    @Test
    void overrideFileMergesAsCompose() {
        ComposeProject project = new ComposeProject(dir.resolve("c6")).compose("""
                services:
                  web:
                    image: nginx
                    command: ["a", "b"]
                    ports: ["8080:80", "443:443"]
                    environment: [A=1, B=2]
                    volumes: ["./a:/a", "data:/data"]
                    logging:
                      driver: json-file
                      options: {max-size: 10m}
                    depends_on: [db]
                    networks: [front]
                    dns: 8.8.8.8
                    ulimits:
                      nofile: {soft: 1, hard: 2}
                    healthcheck:
                      test: ["CMD", "true"]
                      interval: 5s
                    labels: {x: "1"}
                    build:
                      context: .
                      args: [A=1]
                  db:
                    image: postgres
                networks:
                  front: {}
                volumes:
                  data: {}
                """)
                .file("compose.override.yaml", """
                services:
                  web:
                    command: c
                    ports: ["8080:80", "9000:9000"]
                    environment: {B: "3", C: "4"}
                    volumes: ["./b:/a"]
                    logging:
                      options: {max-file: "3"}
                    depends_on:
                      db:
                        condition: service_healthy
                    networks:
                      back:
                        aliases: [w]
                    dns: [1.1.1.1, 8.8.8.8]
                    ulimits:
                      nofile: {soft: 5}
                    healthcheck:
                      test: ["CMD", "false"]
                    labels: [y=2]
                    build:
                      args: {B: "2"}
                      target: dev
                networks:
                  back: {}
                """);
        assertThat(project.yaml()).isEqualTo(project.expand("""
                name: c6
                services:
                  db:
                    image: postgres
                    networks:
                      default: null
                  web:
                    build:
                      context: ${DIR}
                      dockerfile: Dockerfile
                      args:
                        A: "1"
                        B: "2"
                      target: dev
                    command:
                      - c
                    depends_on:
                      db:
                        condition: service_healthy
                        required: true
                    dns:
                      - 8.8.8.8
                      - 1.1.1.1
                    environment:
                      A: "1"
                      B: "3"
                      C: "4"
                    healthcheck:
                      test:
                        - CMD
                        - "false"
                      interval: 5s
                    image: nginx
                    labels:
                      x: "1"
                      "y": "2"
                    logging:
                      driver: json-file
                      options:
                        max-file: "3"
                        max-size: 10m
                    networks:
                      back:
                        aliases:
                          - w
                      front: null
                    ports:
                      - mode: ingress
                        target: 80
                        published: "8080"
                        protocol: tcp
                      - mode: ingress
                        target: 443
                        published: "443"
                        protocol: tcp
                      - mode: ingress
                        target: 9000
                        published: "9000"
                        protocol: tcp
                    ulimits:
                      nofile:
                        soft: 5
                        hard: 2
                    volumes:
                      - type: bind
                        source: ${DIR}/b
                        target: /a
                        bind: {}
                      - type: volume
                        source: data
                        target: /data
                        volume: {}
                networks:
                  back:
                    name: c6_back
                  default:
                    name: c6_default
                  front:
                    name: c6_front
                volumes:
                  data:
                    name: c6_data
                """));
    }

    /**
     * An included file reads its own env_file (not seen by the including file), its paths stay
     * relative to its directory, and the including file may redefine an included service.
     */
    @Test
    void includeScopesItsEnvironmentAndPaths() {
        ComposeProject project = new ComposeProject(dir.resolve("c7")).compose("""
                include:
                  - path:
                    - ./module/compose.yml
                    env_file:
                      - ./custom.env
                services:
                  a:
                    image: alpine
                    environment:
                      - VAR_NAME
                  bar:
                    image: busybox
                    environment: !override
                      - ZOT=QIX
                """)
                .file("custom.env", "VAR_NAME=value\n")
                .file("module/compose.yml", """
                services:
                  b:
                    image: alpine
                    environment:
                      - VAR_NAME
                    build: .
                  bar:
                    image: alpine
                    environment:
                      - FOO=1
                    command: echo
                """);
        assertThat(project.yaml()).isEqualTo(project.expand("""
                name: c7
                services:
                  a:
                    environment:
                      VAR_NAME: null
                    image: alpine
                    networks:
                      default: null
                  b:
                    build:
                      context: ${DIR}/module
                      dockerfile: Dockerfile
                    environment:
                      VAR_NAME: value
                    image: alpine
                    networks:
                      default: null
                  bar:
                    command:
                      - echo
                    environment:
                      ZOT: QIX
                    image: busybox
                    networks:
                      default: null
                networks:
                  default:
                    name: c7_default
                """));
    }

    /**
     * An include's env file defines variables for the included services only; an extends.file in
     * an included file is relative to the include's project directory; COMPOSE_PROFILES read from
     * .env enables the profile.
     */
    @Test
    void includeEnvironmentExtendsAndProfilesFromDotEnv() {
        ComposeProject project = new ComposeProject(dir.resolve("inc")).file("compose.yml", """
                include:
                  - path: [./module/compose.yml]
                    env_file: [./custom.env]
                  - project_directory: .
                    path: dir/included.yaml
                services:
                  a:
                    image: alpine
                    environment: [VAR_NAME]
                  tools:
                    image: busybox
                    profiles: [debug]
                """)
                .file("custom.env", "VAR_NAME=value\n")
                .file(".env", "COMPOSE_PROFILES=debug\n")
                .file("module/compose.yml", "services:\n  b:\n    image: alpine\n    environment: [VAR_NAME]\n")
                .file("dir/included.yaml", """
                services:
                  included:
                    extends:
                      file: dir/extended.yaml
                      service: extended
                """)
                .file("dir/extended.yaml", "services:\n  extended:\n    image: alpine\n")
                .f("compose.yml");
        assertThat(project.yaml()).isEqualTo("""
                name: inc
                services:
                  a:
                    environment:
                      VAR_NAME: null
                    image: alpine
                    networks:
                      default: null
                  b:
                    environment:
                      VAR_NAME: value
                    image: alpine
                    networks:
                      default: null
                  included:
                    image: alpine
                    networks:
                      default: null
                  tools:
                    profiles:
                      - debug
                    image: busybox
                    networks:
                      default: null
                networks:
                  default:
                    name: inc_default
                """);
    }

    /** An included service's env file reads the variables of its include's env files. */
    @Test
    void includedEnvFileSeesTheIncludeVariables() {
        ComposeProject project = new ComposeProject(dir.resolve("iev")).file("compose.yml", """
                include:
                  - path: subproj/subcompose.yml
                    env_file:
                      - values.env
                services:
                  main:
                    image: alpine
                    env_file: main.env
                """)
                .file("values.env", "VAR=1\n")
                .file("main.env", "SEEN=${VAR:-unset}\n")
                .file("subproj/subcompose.yml", """
                services:
                  app:
                    env_file: subvalues.env
                    image: alpine
                """)
                .file("subproj/subvalues.env", "MYVAR=${VAR?}\n")
                .f("compose.yml");
        assertThat(project.yaml()).isEqualTo("""
                name: iev
                services:
                  app:
                    environment:
                      MYVAR: "1"
                    image: alpine
                    networks:
                      default: null
                  main:
                    environment:
                      SEEN: unset
                    image: alpine
                    networks:
                      default: null
                networks:
                  default:
                    name: iev_default
                """);
    }

    /** --no-path-resolution: a short-syntax bind from an extended file is moved, not made absolute. */
    @Test
    void extendsFromAnotherDirectoryWithoutPathResolution() {
        ComposeProject project = new ComposeProject(dir.resolve("np")).compose("""
                services:
                  app:
                    extends:
                      file: sub/base.yaml
                      service: base
                """)
                .file("sub/base.yaml", """
                services:
                  base:
                    image: busybox
                    volumes:
                      - ./data:/data:ro
                      - ../up:/up
                """).options(b -> b.resolvePaths(false));
        assertThat(project.yaml()).isEqualTo("""
                name: np
                services:
                  app:
                    image: busybox
                    networks:
                      default: null
                    volumes:
                      - type: bind
                        source: sub/data
                        target: /data
                        read_only: true
                        bind: {}
                      - type: bind
                        source: up
                        target: /up
                        bind: {}
                networks:
                  default:
                    name: np_default
                """);
    }

    /** extends from a file that has no services section. */
    @Test
    void extendsFromAFileWithoutServices() {
        ComposeProject project = new ComposeProject(dir.resolve("ns")).compose("""
                services:
                  test:
                    extends:
                      file: sub/empty.yaml
                      service: base
                """)
                .file("sub/empty.yaml", "volumes:\n  data: {}\n");
        assertThat(project.error()).isEqualTo(
                "cannot extend service \"test\" in " + project.dir.resolve("sub/empty.yaml") + ": no services section");
    }

    /** extends from a file in another directory: its relative paths and env files follow it. */
    @Test
    void extendsFromAnotherDirectory() {
        ComposeProject project = new ComposeProject(dir.resolve("c5")).compose("""
                name: ext
                services:
                  test1:
                    extends:
                      file: sub/base.yaml
                      service: base
                    hostname: test1
                    environment:
                      LOCAL: "2"
                  test2:
                    image: test
                    extends:
                      file: sub/base.yaml
                      service: with-port
                    ports:
                      - 9000:9000
                  test3:
                    extends:
                      file: sub/base.yaml
                      service: with-build
                  test4:
                    extends:
                      file: sub/base.yaml
                      service: withUlimits
                """)
                .file("sub/base.env", "BASE_ENV=b\n")
                .file("sub/base.yaml", """
                services:
                  base:
                    image: busybox
                    environment:
                      FROM_BASE: "1"
                    volumes:
                      - ./data:/data
                    env_file: ./base.env
                  with-port:
                    image: x
                    ports:
                      - 8000:8000
                  with-build:
                    build: .
                  withUlimits:
                    image: x
                    ulimits:
                      nproc: 65535
                """);
        assertThat(project.yaml()).isEqualTo(project.expand("""
                name: ext
                services:
                  test1:
                    environment:
                      BASE_ENV: b
                      FROM_BASE: "1"
                      LOCAL: "2"
                    hostname: test1
                    image: busybox
                    networks:
                      default: null
                    volumes:
                      - type: bind
                        source: ${DIR}/sub/data
                        target: /data
                        bind: {}
                  test2:
                    image: test
                    networks:
                      default: null
                    ports:
                      - mode: ingress
                        target: 8000
                        published: "8000"
                        protocol: tcp
                      - mode: ingress
                        target: 9000
                        published: "9000"
                        protocol: tcp
                  test3:
                    build:
                      context: ${DIR}/sub
                      dockerfile: Dockerfile
                    networks:
                      default: null
                  test4:
                    image: x
                    networks:
                      default: null
                    ulimits:
                      nproc: 65535
                networks:
                  default:
                    name: ext_default
                """));
    }

    /** Two included files may declare the same resource only when they declare it alike. */
    @Test
    void includedFilesMayShareOnlyIdenticalResources() {
        ComposeProject project = new ComposeProject(dir.resolve("c15"))
                .compose("include:\n  - one.yaml\n  - two.yaml\nservices:\n  web:\n    image: x\n")
                .file("one.yaml", "services:\n  bar:\n    image: a\nnetworks:\n  proxy: {}\n")
                .file("two.yaml", "services:\n  bar:\n    image: b\nnetworks:\n  proxy: {}\n");
        assertThat(project.error()).isEqualTo("services.bar conflicts with imported resource");
        project.file("two.yaml", "services:\n  bar:\n    image: a\nnetworks:\n  proxy: {}\n");
        assertThat(project.yaml()).contains("  bar:\n    image: a\n");
    }
}
