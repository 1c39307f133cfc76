// matmul: C = A x B for 400 x 400 double matrices in flat arrays; prints the sum of C.
public class MatMul {
    public static void main(String[] args) {
        int n = 400, nn = n * n;
        double[] a = new double[nn], b = new double[nn], c = new double[nn];
        for (int idx = 0; idx < nn; idx++) {
            int i = idx / n, j = idx % n;
            a[idx] = (i * j) % 7 + 1;
            b[idx] = (i + j) % 5 + 1;
        }
        for (int i = 0; i < n; i++) {
            int row = i * n;
            for (int j = 0; j < n; j++) {
                double sum = 0.0;
                int ia = row, ib = j;
                for (int k = 0; k < n; k++) {
                    sum += a[ia] * b[ib];
                    ia++;
                    ib += n;
                }
                c[row + j] = sum;
            }
        }
        double total = 0.0;
        for (int idx = 0; idx < nn; idx++) total += c[idx];
        System.out.println((long) total);
    }
}
