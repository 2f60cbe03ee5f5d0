// The same with an iterator chain: zero-cost abstractions, or not?
fn main() {
    let v: Vec<u64> = (0..20_000_000).collect();
    let sum = v
        .iter()
        .filter(|&&x| x % 2 == 0)
        .fold(0u64, |acc, &x| acc.wrapping_add(x * x));
    println!("{}", sum);
}
