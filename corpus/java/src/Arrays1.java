public class Arrays1 {
    public static void main(String[] args) {
        int[] a = new int[5];
        long[] l = new long[3];
        double[] d = {1.5, 2.5};
        float[] f = new float[2];
        byte[] b = new byte[3];
        short[] s = new short[2];
        char[] c = {'h', 'i'};
        boolean[] z = new boolean[2];
        String[] str = {"a", "b", "c"};
        for (int i = 0; i < a.length; i++) a[i] = i * i;
        l[0] = Long.MAX_VALUE; l[2] = -1;
        f[1] = 2.25f;
        b[0] = (byte) 300; b[1] = -128; b[2]--;
        s[0] = (short) 40000; s[1] = 7;
        z[1] = true;
        c[1]++;
        int sum = 0;
        for (int v : a) sum += v;
        System.out.println(sum + " " + a.length);
        System.out.println(l[0] + " " + l[1] + " " + l[2]);
        System.out.println(d[0] + d[1]);
        System.out.println(f[0] + " " + f[1]);
        System.out.println(b[0] + " " + b[1] + " " + b[2]);
        System.out.println(s[0] + " " + s[1]);
        System.out.println(c[0] + "" + c[1]);
        System.out.println(z[0] + " " + z[1]);
        System.out.println(str[0] + str[1] + str[2] + " " + str.length);
        int[][] grid = new int[3][4];
        for (int i = 0; i < 3; i++)
            for (int j = 0; j < 4; j++) grid[i][j] = i * 10 + j;
        System.out.println(grid[2][3] + " " + grid.length + " " + grid[0].length);
        int[][] tri = new int[4][];
        for (int i = 0; i < 4; i++) {
            tri[i] = new int[i + 1];
            tri[i][0] = tri[i][i] = 1;
            for (int j = 1; j < i; j++) tri[i][j] = tri[i - 1][j - 1] + tri[i - 1][j];
        }
        System.out.println(tri[3][1] + " " + tri[3].length);
        double[][] m = new double[2][2];
        m[1][1] = 4.0;
        System.out.println(m[1][1] + m[0][0]);
        String[][] names = {{"x", "y"}, {"z"}};
        System.out.println(names[0][1] + names[1][0]);
        long[] fibs = new long[60];
        fibs[0] = 0; fibs[1] = 1;
        for (int i = 2; i < fibs.length; i++) fibs[i] = fibs[i - 1] + fibs[i - 2];
        System.out.println(fibs[59]);
        Object[] objs = new Object[2];
        System.out.println(objs[0] == null);
    }
}
