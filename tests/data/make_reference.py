#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 GELU Lab contributors
# SPDX-License-Identifier: MIT
"""Writes the 50-digit reference values the core tests compare against.

Independent of the C++ code: every value is the textbook formula evaluated by mpmath with enough
working digits that no cancellation survives (1 + tanh(u) at u = -350 needs ~300 digits just to be
nonzero), then printed to 25 significant digits.

Regenerate (Debian: apt-get install python3-mpmath):
    /usr/bin/python3 tests/data/make_reference.py tests/data
"""
import sys
from pathlib import Path

import mpmath as mp

WORK_DPS = 1200
OUT_DIGITS = 25
A = mp.mpf("0.044715")
K = mp.mpf("1.702")


def erfc(z):
    # mpmath's erfc overflows a float for |z| ~ 1e150; there the asymptotic series converges fast
    # (term ratio ~ k/z²), and 40 terms are far beyond 50 digits.
    if abs(z) < 1000:
        return mp.erfc(z)
    if z < 0:
        return 2 - erfc(-z)
    term, total = mp.mpf(1), mp.mpf(1)
    for k in range(1, 40):
        term *= -(2 * k - 1) / (2 * z * z)
        total += term
    return mp.exp(-z * z) / (z * mp.sqrt(mp.pi)) * total


def ncdf(x):
    return erfc(-x / mp.sqrt(2)) / 2


def npdf(x):
    return mp.exp(-x * x / 2) / mp.sqrt(2 * mp.pi)


def tanh_parts(x):
    c = mp.sqrt(2 / mp.pi)
    u = c * (x + A * x**3)
    du = c * (1 + 3 * A * x**2)
    ddu = c * 6 * A * x
    return u, du, ddu


def variant(mode, x):
    """(f, f', f'') of one GELU variant at x, straight from the definitions."""
    if mode == "exact":
        return x * ncdf(x), ncdf(x) + x * npdf(x), npdf(x) * (2 - x * x)
    if mode == "tanh":
        u, du, ddu = tanh_parts(x)
        t = mp.tanh(u)
        sech2 = mp.sech(u) ** 2
        f = x * (1 + t) / 2
        df = (1 + t) / 2 + x * sech2 * du / 2
        # d/dx sech²(u) = −2 sech²(u) tanh(u) u'
        ddf = sech2 * du + x * (-2 * sech2 * t * du * du + sech2 * ddu) / 2
        return f, df, ddf
    if mode == "sigmoid":
        s = 1 / (1 + mp.exp(-K * x))
        sc = 1 / (1 + mp.exp(K * x))
        return x * s, s + K * x * s * sc, K * s * sc * (2 + K * x * (sc - s))
    raise ValueError(mode)


def fmt(v):
    if mp.isnan(v):
        return "nan"
    if mp.isinf(v):
        return "inf" if v > 0 else "-inf"
    if v == 0 or abs(v) < mp.mpf("1e-305"):  # below every tolerance; keeps parsers off subnormals
        return "0"
    return mp.nstr(v, OUT_DIGITS, min_fixed=-4, max_fixed=6, strip_zeros=False)


def grid():
    xs = set()
    xs.update(round(-5 + 0.05 * i, 12) for i in range(201))  # the textbook window, densely
    xs.update(-5 - 0.25 * i for i in range(1, 141))  # lower tail to -40
    xs.update(5 + 0.5 * i for i in range(1, 71))  # upper tail to 40
    xs.update(-40.0 - 10 * i for i in range(1, 40))  # the sigmoid variant's tail reaches 1e-300 near -405
    xs.update([-405.0, -407.5])
    xs.update([0.0, 1e-300, -1e-300, 5e-324, -5e-324, 1e-10, -1e-10, 1e-5, -1e-5,
               2**0.5, -(2**0.5), -0.7518, -0.75179, -9.0, -9.5, -10.0, -12.5, -21.0, -37.0, -37.5,
               1e3, -1e3, 1e10, -1e10, 1e20, -1e20, 1e100, -1e100, 1e154, -1e154, 1e200, -1e200,
               1.7976931348623157e308, -1.7976931348623157e308])
    return sorted(xs)


def main(out_dir):
    out = Path(out_dir)
    mp.mp.dps = WORK_DPS
    with open(out / "gelu_reference.csv", "w") as f:
        f.write("mode,x,value,derivative,second_derivative\n")
        for mode in ("exact", "tanh", "sigmoid"):
            for x in grid():
                xv = mp.mpf(x)
                vals = variant(mode, xv)
                f.write(f"{mode},{x!r},{','.join(fmt(v) for v in vals)}\n")
    with open(out / "normal_reference.csv", "w") as f:
        f.write("x,cdf,pdf\n")
        for x in grid():
            xv = mp.mpf(x)
            f.write(f"{x!r},{fmt(ncdf(xv))},{fmt(npdf(xv))}\n")

    mp.mp.dps = 50
    with open(out / "gelu_keypoints.csv", "w") as f:
        f.write("mode,kind,x,y\n")
        for mode in ("exact", "tanh", "sigmoid"):
            def d1(x):
                return variant(mode, x)[1]

            def d2(x):
                return variant(mode, x)[2]

            xmin = mp.findroot(d1, (-1.0, -0.5), solver="anderson")
            xl = mp.findroot(d2, (-2.0, -1.0), solver="anderson")
            xr = mp.findroot(d2, (1.0, 2.0), solver="anderson")
            rows = [("minimum", xmin, variant(mode, xmin)[0]),
                    ("inflection_left", xl, variant(mode, xl)[0]),
                    ("inflection_right", xr, variant(mode, xr)[0]),
                    ("derivative_minimum", xl, variant(mode, xl)[1]),
                    ("derivative_maximum", xr, variant(mode, xr)[1])]
            if mode != "exact":
                # Largest |variant - exact| on [-10, 10]: scan, then solve d/dx (difference) = 0.
                for kind, idx in (("max_value_difference", 0), ("max_derivative_difference", 1)):
                    def diff(x):
                        return variant(mode, x)[idx] - variant("exact", x)[idx]

                    def slope(x):
                        return mp.diff(diff, x)

                    xs = [mp.mpf(-10) + mp.mpf(20) * i / 4000 for i in range(4001)]
                    best = max(xs, key=lambda x: abs(diff(x)))
                    xb = mp.findroot(slope, (best - mp.mpf("0.005"), best + mp.mpf("0.005")), solver="anderson")
                    rows.append((kind, xb, diff(xb)))
            for kind, x, y in rows:
                f.write(f"{mode},{kind},{mp.nstr(x, OUT_DIGITS)},{mp.nstr(y, OUT_DIGITS)}\n")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).parent)
