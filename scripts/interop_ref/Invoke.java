// Reference-side bridge for Python calling Java (scripts/record_interop_corpus.sh): a server
// that calls the static methods of one class under HotSpot. One request per line:
// `NAME ARG...`, each value `i:INT`, `d:DOUBLE`, `s:HEX(UTF-8)`, `z:BOOL`; the answer is one value
// line (`n:` for void). State (static fields) persists across calls, as in one rootvm run.
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;

public class Invoke {
    public static void main(String[] args) throws Exception {
        Class<?> c = Class.forName(args[0]);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line;
        while ((line = in.readLine()) != null) {
            String[] parts = line.isEmpty() ? new String[0] : line.split(" ");
            String name = parts[0];
            int n = parts.length - 1;
            Method target = null;
            for (Method m : c.getDeclaredMethods()) {
                if (m.getName().equals(name) && m.getParameterCount() == n) {
                    target = m;
                }
            }
            Object[] values = new Object[n];
            for (int i = 0; i < n; i++) {
                values[i] = decode(parts[i + 1], target.getParameterTypes()[i]);
            }
            target.setAccessible(true);
            System.out.println(encode(target.invoke(null, values)));
            System.out.flush();
        }
    }

    static Object decode(String v, Class<?> t) {
        String body = v.substring(2);
        if (t == long.class) return Long.parseLong(body);
        if (t == int.class) return Integer.parseInt(body);
        if (t == short.class) return Short.parseShort(body);
        if (t == byte.class) return Byte.parseByte(body);
        if (t == double.class) return Double.parseDouble(body);
        if (t == boolean.class) return v.startsWith("z:") ? Boolean.parseBoolean(body) : !body.equals("0");
        if (t == String.class) return new String(unhex(body), StandardCharsets.UTF_8);
        throw new IllegalArgumentException("cannot pass " + v + " as " + t);
    }

    static String encode(Object r) {
        if (r == null) return "n:";
        if (r instanceof Long || r instanceof Integer || r instanceof Short || r instanceof Byte) return "i:" + r;
        if (r instanceof Double) return "d:" + r;
        if (r instanceof Boolean) return "i:" + (((Boolean) r) ? 1 : 0);
        if (r instanceof String) return "s:" + hex(((String) r).getBytes(StandardCharsets.UTF_8));
        throw new IllegalArgumentException("cannot return " + r);
    }

    static String hex(byte[] b) {
        StringBuilder sb = new StringBuilder();
        for (byte x : b) sb.append(String.format("%02x", x & 0xff));
        return sb.toString();
    }

    static byte[] unhex(String s) {
        byte[] b = new byte[s.length() / 2];
        for (int i = 0; i < b.length; i++) b[i] = (byte) Integer.parseInt(s.substring(2 * i, 2 * i + 2), 16);
        return b;
    }
}
