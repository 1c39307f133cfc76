// Java calling C lifted from x86 through native methods (class Clib).
public class JavaC {
    public static void main(String[] args) {
        System.out.println(Clib.isqrt(1000000) + " " + Clib.isqrt(99));
        System.out.println(Clib.popcount(255) + " " + Clib.popcount(-1) + " " + Clib.popcount(1L << 40));
        byte[] data = new byte[26];
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) ('a' + i);
        }
        System.out.println(Clib.sum_bytes(data));
        Clib.upcase(data);
        StringBuilder sb = new StringBuilder();
        for (byte b : data) {
            sb.append((char) b);
        }
        System.out.println(sb.toString());
        System.out.println(Clib.sum_bytes(data));
    }
}
