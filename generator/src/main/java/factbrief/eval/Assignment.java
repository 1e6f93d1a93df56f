package factbrief.eval;

import java.util.Arrays;

/** One-to-one assignment of maximum total weight (Hungarian algorithm); pairs of weight 0 or less never count. */
final class Assignment {
    private Assignment() {
    }

    /**
     * For each row, the column it is assigned to, or -1. The result maximises the sum of the weights of the chosen
     * pairs; ties go to the first optimum the algorithm reaches in row and column order, so the result is
     * deterministic.
     */
    static int[] maximize(double[][] weight) {
        int rows = weight.length;
        int cols = rows == 0 ? 0 : weight[0].length;
        int[] result = new int[rows];
        Arrays.fill(result, -1);
        if (rows == 0 || cols == 0) {
            return result;
        }
        int n = Math.max(rows, cols);
        double[][] cost = new double[n + 1][n + 1];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                cost[i + 1][j + 1] = weight[i][j] > 0 ? -weight[i][j] : 0;
            }
        }
        double[] u = new double[n + 1];
        double[] v = new double[n + 1];
        int[] p = new int[n + 1];
        int[] way = new int[n + 1];
        for (int i = 1; i <= n; i++) {
            p[0] = i;
            int j0 = 0;
            double[] minv = new double[n + 1];
            Arrays.fill(minv, Double.POSITIVE_INFINITY);
            boolean[] used = new boolean[n + 1];
            do {
                used[j0] = true;
                int i0 = p[j0];
                double delta = Double.POSITIVE_INFINITY;
                int j1 = 0;
                for (int j = 1; j <= n; j++) {
                    if (!used[j]) {
                        double cur = cost[i0][j] - u[i0] - v[j];
                        if (cur < minv[j]) {
                            minv[j] = cur;
                            way[j] = j0;
                        }
                        if (minv[j] < delta) {
                            delta = minv[j];
                            j1 = j;
                        }
                    }
                }
                for (int j = 0; j <= n; j++) {
                    if (used[j]) {
                        u[p[j]] += delta;
                        v[j] -= delta;
                    } else {
                        minv[j] -= delta;
                    }
                }
                j0 = j1;
            } while (p[j0] != 0);
            do {
                int j1 = way[j0];
                p[j0] = p[j1];
                j0 = j1;
            } while (j0 != 0);
        }
        for (int j = 1; j <= n; j++) {
            int i = p[j] - 1;
            int c = j - 1;
            if (i >= 0 && i < rows && c < cols && weight[i][c] > 0) {
                result[i] = c;
            }
        }
        return result;
    }

    /** The number of pairs a maximum assignment over a boolean compatibility matrix makes. */
    static int count(boolean[][] compatible) {
        double[][] w = new double[compatible.length][];
        for (int i = 0; i < compatible.length; i++) {
            w[i] = new double[compatible[i].length];
            for (int j = 0; j < compatible[i].length; j++) {
                w[i][j] = compatible[i][j] ? 1 : 0;
            }
        }
        int n = 0;
        for (int c : maximize(w)) {
            if (c >= 0) {
                n++;
            }
        }
        return n;
    }
}
