import java.math.BigInteger;

// 10000! with BigInteger, as in the original faster.codes comparison.
public class Main {
    public static void main(String[] args) {
        BigInteger f = BigInteger.ONE;
        for (int i = 2; i <= 10000; i++) f = f.multiply(BigInteger.valueOf(i));
        System.out.println(f.bitLength());
    }
}
