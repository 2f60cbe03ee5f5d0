// Count the primes below 2,000,000 with a plain for loop on one thread.
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
        int count = 0;
        for (int n = 0; n < 2_000_000; n++) {
            if (isPrime(n)) count++;
        }
        System.out.println("primes below 2000000: " + count);
    }
}
