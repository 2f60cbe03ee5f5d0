// Sum of squares of the even numbers with an index loop.
fn main() {
    let v: Vec<u64> = (0..20_000_000).collect();
    let mut sum: u64 = 0;
    for i in 0..v.len() {
        if v[i] % 2 == 0 {
            sum = sum.wrapping_add(v[i] * v[i]);
        }
    }
    println!("{}", sum);
}
