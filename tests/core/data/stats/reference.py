#!/usr/bin/python3
"""Reference values for tests/core/tst_stats_*.cpp, computed with numpy and scipy.

Run with the interpreter that has them (Debian 12: apt-get install python3-scipy, scipy 1.10.1,
numpy 1.24.2) and paste the printed literals into the tests. Inputs are printed too, so that every
literal in the tests can be traced to a line of this file.
"""
import numpy as np
import scipy
from scipy import stats

print(f"# numpy {np.__version__}, scipy {scipy.__version__}")


def fmt(xs):
    return ", ".join(repr(float(x)) for x in xs)


def lognormal(seed, median, sigma, n, decimals=3):
    rng = np.random.default_rng(seed)
    return np.round(rng.lognormal(np.log(median), sigma, n), decimals)


samples = {
    "small5": np.array([12.1, 11.8, 12.4, 12.0, 11.9]),
    "even8": np.array([3.2, 2.9, 3.5, 3.1, 3.0, 3.3, 2.8, 3.4]),
    "ties12": np.array([5, 5, 5, 6, 6, 7, 7, 7, 7, 8, 5, 6], dtype=float),
    "outliers12": np.array([10.0, 10.1, 9.9, 10.2, 10.0, 9.8, 10.1, 25.0, 10.0, 3.0, 10.05, 9.95]),
    "madzero8": np.array([4, 4, 4, 4, 4, 4, 4, 8], dtype=float),
    "single": np.array([7.5]),
}
large = lognormal(20240601, 120.0, 0.05, 40)
large[13] = 180.25  # a slow run (e.g. a page-cache miss)
large[31] = 151.5
samples["large40"] = large


def median_ci(x, level=0.95):
    """Conover §3.2: k = qbinom((1-level)/2, n, 1/2); CI = [x(k), x(n+1-k)] (1-based)."""
    n = len(x)
    k = int(stats.binom.ppf((1 - level) / 2, n, 0.5))
    if k == 0:
        return None
    s = np.sort(x)
    return s[k - 1], s[n - k], 1 - 2 * stats.binom.cdf(k - 1, n, 0.5)


def outliers(x):
    med = np.median(x)
    mad = stats.median_abs_deviation(x)
    if mad > 0:
        z = 0.6745 * (x - med) / mad
    else:  # IBM Cognos Analytics' fallback; all zero when every value equals the median
        mean_ad = np.mean(np.abs(x - med))
        z = (x - med) / (1.253314 * mean_ad) if mean_ad > 0 else np.zeros_like(x)
    return [i for i in range(len(x)) if abs(z[i]) > 3.5]


print("\n## summarize()")
for name, x in samples.items():
    print(f"{name}: input [{fmt(x)}]")
    ci = median_ci(x)
    row = dict(
        n=len(x),
        mean=np.mean(x),
        median=np.median(x),
        stddev=np.std(x, ddof=1) if len(x) > 1 else float("nan"),
        mad=stats.median_abs_deviation(x),
        madScaled=stats.median_abs_deviation(x, scale="normal"),
        min=np.min(x),
        max=np.max(x),
        p5=np.percentile(x, 5),
        p95=np.percentile(x, 95),
        ciLower=ci[0] if ci else float("nan"),
        ciUpper=ci[1] if ci else float("nan"),
        ciLevel=ci[2] if ci else float("nan"),
    )
    print("   ", ", ".join(f"{k}={float(v)!r}" for k, v in row.items()), "outliers", outliers(x))

print("\n## median CI ranks: k = int(scipy.stats.binom.ppf(0.025, n, 0.5)), coverage 1 - 2 binom.cdf(k-1, n, 0.5)")
for n in [1, 5, 6, 7, 8, 9, 10, 11, 12, 15, 20, 25, 30, 50, 100, 1000, 5000]:
    k = int(stats.binom.ppf(0.025, n, 0.5))
    cov = 1 - 2 * stats.binom.cdf(k - 1, n, 0.5) if k > 0 else float("nan")
    print(f"    n={n} lower={k} upper={n + 1 - k if k else 0} coverage={cov!r}")

print("\n## Mann-Whitney: scipy.stats.mannwhitneyu(a, b, alternative='two-sided', method=M)")
mw = {
    "separated4": ([1.0, 2.0, 3.0, 4.0], [5.0, 6.0, 7.0, 8.0], "exact"),
    "interleaved5x7": ([1.1, 2.3, 3.9, 4.2, 6.6], [1.7, 2.0, 2.9, 3.3, 5.0, 5.8, 7.1], "exact"),
    "timings10": (list(lognormal(1, 50.0, 0.03, 10)), list(lognormal(2, 48.0, 0.03, 10)), "exact"),
    "timings20": (list(lognormal(3, 120.0, 0.04, 20)), list(lognormal(4, 117.0, 0.04, 20)), "exact"),
    # nA·nB = 2500: the largest size the exact method is used for.
    "exact50x50": (list(lognormal(11, 10.0, 0.1, 50, 4)), list(lognormal(12, 10.3, 0.1, 50, 4)), "exact"),
    "ties12x15": ([5, 5, 6, 6, 6, 7, 7, 8, 8, 9, 9, 10], [6, 7, 7, 8, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13], "asymptotic"),
    "large50x60": (list(lognormal(5, 10.0, 0.1, 50)), list(lognormal(6, 10.4, 0.1, 60)), "asymptotic"),
    "allEqual": ([3.0] * 6, [3.0] * 5, "asymptotic"),
    "identical": ([1.0, 2.0, 3.0, 4.0, 5.0], [1.0, 2.0, 3.0, 4.0, 5.0], "asymptotic"),
}
for name, (a, b, method) in mw.items():
    a = np.array(a, dtype=float)
    b = np.array(b, dtype=float)
    assert len(np.unique(np.concatenate([a, b]))) == len(a) + len(b) or method == "asymptotic", name
    r = stats.mannwhitneyu(a, b, alternative="two-sided", method=method)
    print(f"{name}: a [{fmt(a)}]\n    b [{fmt(b)}]\n    method={method} U={float(r.statistic)!r} p={float(r.pvalue)!r}")
    if method == "exact":
        ra = stats.mannwhitneyu(a, b, alternative="two-sided", method="asymptotic")
        print(f"    (asymptotic would give p={float(ra.pvalue)!r})")

print("\n## ratio of medians, percentile bootstrap: scipy.stats.bootstrap((a, b), ratio, "
      "method='percentile', n_resamples=200000, random_state=12345)")


def ratio(a, b, axis=-1):
    return np.median(b, axis=axis) / np.median(a, axis=axis)


boot = {
    "fasterB": (lognormal(7, 100.0, 0.05, 21), lognormal(8, 43.0, 0.05, 21)),
    "similar": (lognormal(9, 80.0, 0.06, 15), lognormal(10, 80.5, 0.06, 16)),
}
for name, (a, b) in boot.items():
    r = stats.bootstrap((a, b), ratio, vectorized=True, paired=False, n_resamples=200000,
                        method="percentile", confidence_level=0.95, random_state=12345)
    print(f"{name}: a [{fmt(a)}]\n    b [{fmt(b)}]\n    ratio={float(ratio(a, b))!r} "
          f"ci=({float(r.confidence_interval.low)!r}, {float(r.confidence_interval.high)!r})")
    # Monte Carlo spread of a 10 000-resample percentile CI, to size the test's tolerance.
    lows, highs = [], []
    for seed in range(20):
        rr = stats.bootstrap((a, b), ratio, vectorized=True, paired=False, n_resamples=10000,
                             method="percentile", random_state=seed)
        lows.append(rr.confidence_interval.low)
        highs.append(rr.confidence_interval.high)
    print(f"    10k-resample spread: low {min(lows)!r}..{max(lows)!r}, high {min(highs)!r}..{max(highs)!r}")
