import java.util.stream.IntStream;

// The same count as a parallel stream: the work is split over all cores.
public class Main {
    static boolean isPrime(int n) {
        if (n < 2) return false;
        if (n % 2 == 0) return n == 2;
        for (int d = 3; (long) d * d <= n; d += 2) {
            if (n % d == 0) return false;
        }
        return true;
    }

    public static void main(String[] args) {
        long count = IntStream.range(0, 2_000_000).parallel().filter(Main::isPrime).count();
        System.out.println("primes below 2000000: " + count);
    }
}
