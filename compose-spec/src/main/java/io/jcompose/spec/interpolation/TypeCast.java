package io.jcompose.spec.interpolation;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * compose-go's {@code interpolateTypeCastMapping}: after interpolation, a string found at one of
 * these paths is converted to the number or boolean the model wants, with Go's {@code strconv}
 * rules and messages. {@code *} matches any key or list item, {@code []} a list item only.
 */
enum TypeCast {
    INT, INT64, FLOAT, FLOAT32, BOOLEAN;

    private static final List<Rule> RULES = rules();

    private static final Pattern DECIMAL_FLOAT = Pattern.compile("[+-]?(?:[0-9]+\\.?[0-9]*|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?");
    private static final Pattern SPECIAL_FLOAT = Pattern.compile("[+-]?(?:inf|infinity)|nan", Pattern.CASE_INSENSITIVE);

    private record Rule(List<String> pattern, TypeCast cast) {
        boolean matches(List<String> path) {
            if (path.size() != pattern.size()) {
                return false;
            }
            for (int i = 0; i < path.size(); i++) {
                String part = pattern.get(i);
                if (!part.equals("*") && !part.equals(path.get(i))) {
                    return false;
                }
            }
            return true;
        }
    }

    private static List<Rule> rules() {
        List<Rule> rules = new ArrayList<>();
        for (String resource : List.of("networks", "volumes", "secrets", "configs")) {
            rules.add(rule(BOOLEAN, resource, "*", "external"));
        }
        for (String flag : List.of("internal", "attachable", "enable_ipv4", "enable_ipv6")) {
            rules.add(rule(BOOLEAN, "networks", "*", flag));
        }
        // configs and secrets mode are not cast: compose-go's FileMode reads a string as octal
        service(rules, INT64, "cpu_count");
        service(rules, FLOAT, "cpu_percent");
        service(rules, INT64, "cpu_period");
        service(rules, INT64, "cpu_quota");
        service(rules, INT64, "cpu_rt_period");
        service(rules, INT64, "cpu_rt_runtime");
        service(rules, FLOAT32, "cpus");
        service(rules, INT64, "cpu_shares");
        service(rules, BOOLEAN, "init");
        service(rules, BOOLEAN, "oom_kill_disable");
        service(rules, INT64, "oom_score_adj");
        service(rules, INT64, "pids_limit");
        service(rules, BOOLEAN, "privileged");
        service(rules, BOOLEAN, "read_only");
        service(rules, INT, "ulimits", "*");
        service(rules, INT, "ulimits", "*", "hard");
        service(rules, INT, "ulimits", "*", "soft");
        service(rules, BOOLEAN, "volumes", "[]", "read_only");
        service(rules, BOOLEAN, "volumes", "[]", "volume", "nocopy");
        service(rules, BOOLEAN, "depends_on", "*", "required");
        service(rules, BOOLEAN, "depends_on", "*", "restart");
        service(rules, INT, "healthcheck", "retries");
        service(rules, BOOLEAN, "healthcheck", "disable");
        service(rules, INT, "ports", "[]", "target");
        service(rules, BOOLEAN, "stdin_open");
        service(rules, BOOLEAN, "tty");
        service(rules, INT, "deploy", "replicas");
        service(rules, INT, "deploy", "update_config", "parallelism");
        service(rules, FLOAT, "deploy", "update_config", "max_failure_ratio");
        service(rules, INT, "deploy", "rollback_config", "parallelism");
        service(rules, FLOAT, "deploy", "rollback_config", "max_failure_ratio");
        service(rules, INT, "deploy", "restart_policy", "max_attempts");
        service(rules, INT, "deploy", "placement", "max_replicas_per_node");
        service(rules, INT, "scale");
        return List.copyOf(rules);
    }

    private static Rule rule(TypeCast cast, String... parts) {
        return new Rule(List.of(parts), cast);
    }

    private static void service(List<Rule> rules, TypeCast cast, String... parts) {
        List<String> pattern = new ArrayList<>(List.of("services", "*"));
        pattern.addAll(List.of(parts));
        rules.add(new Rule(List.copyOf(pattern), cast));
    }

    /** The cast for an interpolation path ({@code []} standing for list items), if any. */
    static Optional<TypeCast> forPath(List<String> path) {
        for (Rule rule : RULES) {
            if (rule.matches(path)) {
                return Optional.of(rule.cast);
            }
        }
        return Optional.empty();
    }

    /**
     * Converts {@code value}; a failure throws {@link IllegalArgumentException} carrying Go's
     * message ({@code strconv.Atoi: parsing "x": invalid syntax}).
     */
    Object apply(String value, Consumer<String> warnings) {
        return switch (this) {
            case INT -> parseInt(value, "strconv.Atoi");
            case INT64 -> parseInt(value, "strconv.ParseInt");
            case FLOAT -> parseFloat(value, false);
            case FLOAT32 -> parseFloat(value, true);
            case BOOLEAN -> parseBoolean(value, warnings);
        };
    }

    private static Long parseInt(String value, String function) {
        String digits = value.startsWith("+") || value.startsWith("-") ? value.substring(1) : value;
        if (digits.isEmpty() || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw syntax(function, value);
        }
        BigInteger parsed = new BigInteger(value.startsWith("+") ? digits : value);
        if (parsed.bitLength() > 63) {
            throw new IllegalArgumentException(function + ": parsing " + GoQuote.quote(value) + ": value out of range");
        }
        return parsed.longValue();
    }

    private static Double parseFloat(String value, boolean single) {
        double parsed;
        if (SPECIAL_FLOAT.matcher(value).matches()) {
            String lower = value.toLowerCase(Locale.ROOT);
            parsed = lower.equals("nan") ? Double.NaN
                    : lower.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            return parsed;
        }
        if (!DECIMAL_FLOAT.matcher(value).matches()) {
            throw syntax("strconv.ParseFloat", value);
        }
        parsed = Double.parseDouble(value);
        if (Double.isInfinite(parsed) || (single && Math.abs(parsed) > Float.MAX_VALUE)) {
            throw new IllegalArgumentException("strconv.ParseFloat: parsing " + GoQuote.quote(value)
                    + ": value out of range");
        }
        return parsed;
    }

    private static Boolean parseBoolean(String value, Consumer<String> warnings) {
        switch (value.toLowerCase(Locale.ROOT)) {
            case "true":
                return true;
            case "false":
                return false;
            case "y", "yes", "on":
                warnings.accept(GoQuote.quote(value) + " for boolean is not supported by YAML 1.2, please use `true`");
                return true;
            case "n", "no", "off":
                warnings.accept(GoQuote.quote(value) + " for boolean is not supported by YAML 1.2, please use `false`");
                return false;
            default:
                throw new IllegalArgumentException("invalid boolean: " + value);
        }
    }

    private static IllegalArgumentException syntax(String function, String value) {
        return new IllegalArgumentException(function + ": parsing " + GoQuote.quote(value) + ": invalid syntax");
    }
}
