// spectral_norm: the spectral norm of the infinite matrix A(i,j) = 1/((i+j)(i+j+1)/2+i+1)
// by power iteration (Computer Language Benchmarks Game), n = 400; prints it times 10^9.
public class SpectralNorm {
    public static void main(String[] args) {
        int n = 400;
        double[] u = new double[n];
        double[] v = new double[n];
        double[] t = new double[n];
        for (int i = 0; i < n; i++) u[i] = 1;
        for (int i = 0; i < 10; i++) {
            atav(n, u, v, t);
            atav(n, v, u, t);
        }
        double vbv = 0, vv = 0;
        for (int i = 0; i < n; i++) {
            vbv += u[i] * v[i];
            vv += v[i] * v[i];
        }
        System.out.println((long) (Math.sqrt(vbv / vv) * 1e9));
    }

    static double a(int i, int j) {
        return 1.0 / ((i + j) * (i + j + 1) / 2 + i + 1);
    }

    static void av(int n, double[] x, double[] y) {
        for (int i = 0; i < n; i++) {
            double s = 0;
            for (int j = 0; j < n; j++) s += a(i, j) * x[j];
            y[i] = s;
        }
    }

    static void atv(int n, double[] x, double[] y) {
        for (int i = 0; i < n; i++) {
            double s = 0;
            for (int j = 0; j < n; j++) s += a(j, i) * x[j];
            y[i] = s;
        }
    }

    static void atav(int n, double[] x, double[] y, double[] t) {
        av(n, x, t);
        atv(n, t, y);
    }
}
