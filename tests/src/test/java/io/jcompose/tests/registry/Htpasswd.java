package io.jcompose.tests.registry;

import com.sun.jna.Library;
import com.sun.jna.Native;
import java.security.SecureRandom;

/**
 * One htpasswd line with a bcrypt hash, the only kind the registry's htpasswd auth accepts. The JDK has
 * no bcrypt; the C library's {@code crypt(3)} (libxcrypt, always present on Debian) does, reached with JNA.
 */
final class Htpasswd {

    private static final String BCRYPT_ALPHABET = "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    /** libcrypt's {@code char *crypt(const char *phrase, const char *setting)}. */
    private interface LibCrypt extends Library {
        String crypt(String phrase, String setting);
    }

    private Htpasswd() {
    }

    static String line(String user, String password) {
        SecureRandom random = new SecureRandom();
        StringBuilder setting = new StringBuilder("$2b$05$");
        for (int i = 0; i < 21; i++) {
            setting.append(BCRYPT_ALPHABET.charAt(random.nextInt(BCRYPT_ALPHABET.length())));
        }
        // the 22nd character carries 2 of the salt's 128 bits: '.' keeps the unused low bits zero
        setting.append('.');
        String hash = Native.load("crypt", LibCrypt.class).crypt(password, setting.toString());
        if (hash == null || !hash.startsWith("$2b$05$")) {
            throw new IllegalStateException("libcrypt's crypt(3) did not produce a bcrypt hash: " + hash);
        }
        return user + ":" + hash + "\n";
    }
}
