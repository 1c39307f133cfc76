//! Integer and float literals: exact parsing and canonical printing.

/// Parses an integer literal for a `bits`-wide integer type (32 or 64) into its bits,
/// zero-extended. Decimal must be in the signed range; `0x` hex gives the bits.
pub(super) fn parse_int(text: &str, bits: u32) -> Result<u64, String> {
    let mask = if bits >= 64 { u64::MAX } else { (1u64 << bits) - 1 };
    if let Some(hex) = hex_digits(text) {
        return parse_hex(hex).filter(|&v| v <= mask).ok_or_else(|| out_of_range(text, bits));
    }
    if text.starts_with("-0x") || text.starts_with("-0X") {
        return Err(format!("hex literal `{text}` cannot have a sign (hex gives the bits)"));
    }
    let digits = text.strip_prefix('-').unwrap_or(text);
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(format!("expected an integer, found `{}`", super::lexer::shorten(text)));
    }
    let value: i64 = text.parse().map_err(|_| out_of_range(text, bits))?;
    let half = 1i128 << (bits.min(64) - 1);
    if (value as i128) < -half || (value as i128) >= half {
        return Err(out_of_range(text, bits));
    }
    Ok(value as u64 & mask)
}

/// Parses an unsigned integer (decimal or `0x` hex) that must be at most `max`.
pub(super) fn parse_uint(text: &str, max: u64) -> Result<u64, String> {
    let value = match hex_digits(text) {
        Some(hex) => parse_hex(hex),
        None if !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit()) => text.parse().ok(),
        None => return Err(format!("expected an unsigned integer, found `{}`", super::lexer::shorten(text))),
    };
    value
        .filter(|&v| v <= max)
        .ok_or_else(|| format!("`{}` is out of range (at most {max})", super::lexer::shorten(text)))
}

fn out_of_range(text: &str, bits: u32) -> String {
    format!("integer literal `{}` is out of range for i{bits}", super::lexer::shorten(text))
}

fn hex_digits(text: &str) -> Option<&str> {
    text.strip_prefix("0x").or_else(|| text.strip_prefix("0X"))
}

fn parse_hex(hex: &str) -> Option<u64> {
    if hex.is_empty() || !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    u64::from_str_radix(hex, 16).ok()
}

/// A float width: `f32` or `f64`.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub(super) enum Width {
    /// binary32
    F32,
    /// binary64
    F64,
}

impl Width {
    fn name(self) -> &'static str {
        match self {
            Width::F32 => "f32",
            Width::F64 => "f64",
        }
    }

    /// Bits of the canonical quiet NaN (positive).
    fn canonical_nan(self) -> u64 {
        match self {
            Width::F32 => 0x7fc0_0000,
            Width::F64 => 0x7ff8_0000_0000_0000,
        }
    }

    fn sign_bit(self) -> u64 {
        match self {
            Width::F32 => 1 << 31,
            Width::F64 => 1 << 63,
        }
    }

    fn is_nan(self, bits: u64) -> bool {
        match self {
            Width::F32 => u32::try_from(bits).is_ok_and(|b| f32::from_bits(b).is_nan()),
            Width::F64 => f64::from_bits(bits).is_nan(),
        }
    }
}

/// Parses `inf`, `-inf`, `nan`, `-nan` or a decimal (`1`, `-0.5`, `2.5e-8`) into bits.
/// A finite decimal that rounds to infinity is out of range.
pub(super) fn parse_float(text: &str, width: Width) -> Result<u64, String> {
    let (negative, body) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let sign = if negative { width.sign_bit() } else { 0 };
    match body {
        "nan" => return Ok(width.canonical_nan() | sign),
        "inf" => return Ok(parse_decimal(if negative { "-inf" } else { "inf" }, width)),
        _ => {}
    }
    if !is_decimal(body) {
        return Err(format!("expected an {} literal, found `{}`", width.name(), super::lexer::shorten(text)));
    }
    let bits = parse_decimal(text, width);
    let abs = bits & !width.sign_bit();
    if abs == parse_decimal("inf", width) {
        return Err(format!("float literal `{}` is out of range for {}", super::lexer::shorten(text), width.name()));
    }
    Ok(bits)
}

/// Parses the bits of `nan:0xBITS`, which must be a NaN of the width.
pub(super) fn parse_nan_bits(text: &str, width: Width) -> Result<u64, String> {
    let max = match width {
        Width::F32 => u32::MAX as u64,
        Width::F64 => u64::MAX,
    };
    let bits = hex_digits(text)
        .and_then(parse_hex)
        .filter(|&b| b <= max)
        .ok_or_else(|| format!("expected the bits of an {} NaN in hex (`nan:0x...`)", width.name()))?;
    if !width.is_nan(bits) {
        return Err(format!("`nan:{}` is not the bits of an {} NaN", super::lexer::shorten(text), width.name()));
    }
    Ok(bits)
}

/// `digits[.digits][(e|E)[+|-]digits]`
fn is_decimal(s: &str) -> bool {
    let (mantissa, exponent) = match s.find(['e', 'E']) {
        Some(i) => (&s[..i], Some(&s[i + 1..])),
        None => (s, None),
    };
    let (int, frac) = match mantissa.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (mantissa, None),
    };
    let digits = |d: &str| !d.is_empty() && d.bytes().all(|b| b.is_ascii_digit());
    let exponent_ok = exponent.is_none_or(|e| digits(e.strip_prefix(['+', '-']).unwrap_or(e)));
    digits(int) && frac.is_none_or(digits) && exponent_ok
}

/// Parses a validated decimal (or `inf`) directly at the width: f32 is never parsed via f64.
fn parse_decimal(s: &str, width: Width) -> u64 {
    match width {
        Width::F32 => s.parse::<f32>().map_or(0, |v| v.to_bits() as u64),
        Width::F64 => s.parse::<f64>().map_or(0, f64::to_bits),
    }
}

/// Prints the low 32 bits as an f32 literal.
pub(super) fn format_f32(bits: u64) -> String {
    let v = f32::from_bits(bits as u32);
    format_float(v.is_nan(), v.is_infinite(), v.is_sign_negative(), bits as u32 as u64, Width::F32, || format!("{v:?}"))
}

/// Prints bits as an f64 literal.
pub(super) fn format_f64(bits: u64) -> String {
    let v = f64::from_bits(bits);
    format_float(v.is_nan(), v.is_infinite(), v.is_sign_negative(), bits, Width::F64, || format!("{v:?}"))
}

fn format_float(
    nan: bool,
    infinite: bool,
    negative: bool,
    bits: u64,
    width: Width,
    finite: impl FnOnce() -> String,
) -> String {
    let sign = if negative { "-" } else { "" };
    if nan {
        if bits & !width.sign_bit() == width.canonical_nan() { format!("{sign}nan") } else { format!("nan:{bits:#x}") }
    } else if infinite {
        format!("{sign}inf")
    } else {
        finite()
    }
}

/// Prints `bits` (zero-extended) as a signed decimal of the given width.
pub(super) fn format_int(bits: u64, width_bits: u32) -> String {
    if width_bits == 32 { (bits as u32 as i32).to_string() } else { (bits as i64).to_string() }
}
