package app.securebase.perf;

/**
 * Splits a whole number over weighted shares so that the parts add up exactly (largest remainder), optionally with
 * a cap per share. The generator uses it so that a scale's totals are exact, not merely expected.
 */
final class Apportion {

    private Apportion() {
    }

    static int[] split(int total, double[] weights) {
        int[] caps = new int[weights.length];
        java.util.Arrays.fill(caps, Integer.MAX_VALUE);
        return split(total, weights, caps);
    }

    /**
     * @return parts proportional to {@code weights}, each at most its cap, adding up to {@code total} (or to the sum
     *         of the caps, when that is smaller)
     */
    static int[] split(int total, double[] weights, int[] caps) {
        int n = weights.length;
        int[] parts = new int[n];
        int left = total;
        boolean[] full = new boolean[n];
        // A few rounds: shares that hit their cap give the rest to the others.
        for (int round = 0; round < 20 && left > 0; round++) {
            double sum = 0;
            for (int i = 0; i < n; i++) {
                if (!full[i]) {
                    sum += weights[i];
                }
            }
            if (sum <= 0) {
                break;
            }
            double[] remainders = new double[n];
            int given = 0;
            for (int i = 0; i < n; i++) {
                if (full[i]) {
                    continue;
                }
                double exact = left * weights[i] / sum;
                int whole = (int) Math.min(Math.floor(exact), caps[i] - parts[i]);
                parts[i] += whole;
                given += whole;
                remainders[i] = exact - Math.floor(exact);
            }
            left -= given;
            // Largest remainders first, one each, while room is left.
            Integer[] order = new Integer[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            java.util.Arrays.sort(order, (a, b) -> Double.compare(remainders[b], remainders[a]));
            for (int k = 0; k < n && left > 0; k++) {
                int i = order[k];
                if (!full[i] && parts[i] < caps[i] && weights[i] > 0) {
                    parts[i]++;
                    left--;
                }
            }
            for (int i = 0; i < n; i++) {
                full[i] = full[i] || parts[i] >= caps[i];
            }
        }
        return parts;
    }
}
