// nbody: the n-body simulation of the Computer Language Benchmarks Game (five bodies,
// symplectic Euler steps); prints the energy before and after, times 10^9, as integers.
public class NBody {
    static final double PI = 3.141592653589793;
    static final double SOLAR_MASS = 4 * PI * PI;
    static final double DAYS_PER_YEAR = 365.24;

    public static void main(String[] args) {
        int n = 200000;
        double[] x = {0, 4.84143144246472090e+00, 8.34336671824457987e+00, 1.28943695621391310e+01, 1.53796971148509165e+01};
        double[] y = {0, -1.16032004402742839e+00, 4.12479856412430479e+00, -1.51111514016986312e+01, -2.59193146099879641e+01};
        double[] z = {0, -1.03622044471123109e-01, -4.03523417114321381e-01, -2.23307578892655734e-01, 1.79258772950371181e-01};
        double[] vx = {0, 1.66007664274403694e-03, -2.76742510726862411e-03, 2.96460137564761618e-03, 2.68067772490389322e-03};
        double[] vy = {0, 7.69901118419740425e-03, 4.99852801234917238e-03, 2.37847173959480950e-03, 1.62824170038242295e-03};
        double[] vz = {0, -6.90460016972063023e-05, 2.30417297573763929e-05, -2.96589568540237556e-05, -9.51592254519715870e-05};
        double[] mass = {1, 9.54791938424326609e-04, 2.85885980666130812e-04, 4.36624404335156298e-05, 5.15138902046611451e-05};
        int bodies = 5;
        for (int i = 0; i < bodies; i++) {
            vx[i] *= DAYS_PER_YEAR;
            vy[i] *= DAYS_PER_YEAR;
            vz[i] *= DAYS_PER_YEAR;
            mass[i] *= SOLAR_MASS;
        }
        double px = 0, py = 0, pz = 0;
        for (int i = 0; i < bodies; i++) {
            px += vx[i] * mass[i];
            py += vy[i] * mass[i];
            pz += vz[i] * mass[i];
        }
        vx[0] = -px / SOLAR_MASS;
        vy[0] = -py / SOLAR_MASS;
        vz[0] = -pz / SOLAR_MASS;
        System.out.println((long) (energy(x, y, z, vx, vy, vz, mass) * 1e9));
        for (int step = 0; step < n; step++) {
            advance(x, y, z, vx, vy, vz, mass, 0.01);
        }
        System.out.println((long) (energy(x, y, z, vx, vy, vz, mass) * 1e9));
    }

    static void advance(double[] x, double[] y, double[] z, double[] vx, double[] vy, double[] vz, double[] mass, double dt) {
        int bodies = x.length;
        for (int i = 0; i < bodies; i++) {
            for (int j = i + 1; j < bodies; j++) {
                double dx = x[i] - x[j];
                double dy = y[i] - y[j];
                double dz = z[i] - z[j];
                double d2 = dx * dx + dy * dy + dz * dz;
                double mag = dt / (d2 * Math.sqrt(d2));
                vx[i] -= dx * mass[j] * mag;
                vy[i] -= dy * mass[j] * mag;
                vz[i] -= dz * mass[j] * mag;
                vx[j] += dx * mass[i] * mag;
                vy[j] += dy * mass[i] * mag;
                vz[j] += dz * mass[i] * mag;
            }
        }
        for (int i = 0; i < bodies; i++) {
            x[i] += dt * vx[i];
            y[i] += dt * vy[i];
            z[i] += dt * vz[i];
        }
    }

    static double energy(double[] x, double[] y, double[] z, double[] vx, double[] vy, double[] vz, double[] mass) {
        double e = 0;
        int bodies = x.length;
        for (int i = 0; i < bodies; i++) {
            e += 0.5 * mass[i] * (vx[i] * vx[i] + vy[i] * vy[i] + vz[i] * vz[i]);
            for (int j = i + 1; j < bodies; j++) {
                double dx = x[i] - x[j];
                double dy = y[i] - y[j];
                double dz = z[i] - z[j];
                e -= mass[i] * mass[j] / Math.sqrt(dx * dx + dy * dy + dz * dz);
            }
        }
        return e;
    }
}
