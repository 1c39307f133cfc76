// Reference-side bridge for Java calling Python or C (scripts/record_interop_corpus.sh): the
// record script rewrites each `static native` method into a call of Bridge.call, which asks a
// CPython process (bridge.py) to call the module's function (a Python module, or a C library
// through ctypes). Values as in Invoke.java, plus `b:HEX` for byte[]; the answer line is the
// result, then the final contents of each byte[] argument (C may write them).
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

public class Bridge {
    static final Map<String, Process> servers = new HashMap<>();

    static String call(String module, String name, Object... args) {
        try {
            Process p = servers.get(module);
            if (p == null) {
                p = new ProcessBuilder("python3", System.getProperty("bridge.py"), module).redirectError(ProcessBuilder.Redirect.INHERIT).start();
                servers.put(module, p);
            }
            StringBuilder sb = new StringBuilder(name);
            for (Object a : args) sb.append(' ').append(encode(a));
            Writer w = new OutputStreamWriter(p.getOutputStream(), StandardCharsets.UTF_8);
            w.write(sb + "\n");
            w.flush();
            String[] answer = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8)).readLine().split(" ");
            int k = 1;
            for (Object a : args) {
                if (a instanceof byte[]) {
                    byte[] back = Invoke.unhex(answer[k++].substring(2));
                    System.arraycopy(back, 0, (byte[]) a, 0, back.length);
                }
            }
            return answer[0];
        } catch (Exception e) {
            throw new RuntimeException(e);
        }
    }

    static String encode(Object a) {
        if (a instanceof byte[]) return "b:" + Invoke.hex((byte[]) a);
        return Invoke.encode(a);
    }

    static long asLong(String v) {
        return Long.parseLong(v.substring(2));
    }

    static int asInt(String v) {
        return Integer.parseInt(v.substring(2));
    }

    static double asDouble(String v) {
        return Double.parseDouble(v.substring(2));
    }

    static boolean asBoolean(String v) {
        return !v.substring(2).equals("0");
    }

    static String asString(String v) {
        return v.startsWith("n:") ? null : new String(Invoke.unhex(v.substring(2)), StandardCharsets.UTF_8);
    }
}
