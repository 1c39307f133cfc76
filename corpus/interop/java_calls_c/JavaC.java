// Java calling C lifted from x86 through native methods (class Cmath).
public class JavaC {
    public static void main(String[] args) {
        System.out.println(Cmath.isqrt(1000000) + " " + Cmath.isqrt(99));
        System.out.println(Cmath.popcount(255) + " " + Cmath.popcount(-1) + " " + Cmath.popcount(1L << 40));
        byte[] data = new byte[26];
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) ('a' + i);
        }
        System.out.println(Cmath.sum_bytes(data));
        Cmath.upcase(data);
        StringBuilder sb = new StringBuilder();
        for (byte b : data) {
            sb.append((char) b);
        }
        System.out.println(sb.toString());
        System.out.println(Cmath.sum_bytes(data));
    }
}
