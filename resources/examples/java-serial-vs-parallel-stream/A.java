import java.util.stream.LongStream;

// A serial stream: map and sum 100 million numbers on one thread.
public class Main {
    public static void main(String[] args) {
        long sum = LongStream.rangeClosed(1, 100_000_000L)
                .map(i -> (i * i) % 1_000_003L)
                .sum();
        System.out.println(sum);
    }
}
