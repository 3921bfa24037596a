//! JSON text in: RFC 8259, strictly (no comments, no trailing commas), with serde_json's error
//! wording and positions (`expected value at line 3 column 8`), which canarylab's diagnostics
//! and tests had pinned before the parser was its own.
//!
//! Never panics and never recurses deeper than [`DEPTH_LIMIT`]; a repeated key keeps its first
//! position and its last value (as serde_json's ordered map did), found by sorting, so an
//! object with 100,000 keys costs O(n log n), not O(n^2).

use super::value::{Map, N, Number, Value};

/// Arrays and objects may nest fewer levels than this (serde_json's limit: 127 levels parse).
pub(crate) const DEPTH_LIMIT: usize = 128;

/// A parse failure: what and where (byte offset; `eof` when the text ended too soon).
pub(crate) struct Failure {
    pub(crate) message: &'static str,
    pub(crate) at: usize,
    pub(crate) eof: bool,
}

type Result<T> = std::result::Result<T, Failure>;

struct Reader<'a> {
    text: &'a str,
    bytes: &'a [u8],
    i: usize,
    depth: usize,
}

/// Parses a whole document.
pub(crate) fn parse(text: &str) -> Result<Value> {
    let mut r = Reader { text, bytes: text.as_bytes(), i: 0, depth: 0 };
    let v = r.value()?;
    r.ws();
    if r.i < r.bytes.len() {
        return Err(r.fail("trailing characters"));
    }
    Ok(v)
}

/// Line (1-based) and column of a failure, counted as serde_json counts them: the position just
/// after the offending byte (a newline starts a line at column 0), or the end of the text.
pub(crate) fn position(text: &str, f: &Failure) -> (usize, usize) {
    let end = if f.eof { f.at } else { f.at + 1 };
    let before = text.as_bytes().get(..end).unwrap_or(text.as_bytes());
    let line = 1 + before.iter().filter(|&&b| b == b'\n').count();
    let start = before.iter().rposition(|&b| b == b'\n').map_or(0, |p| p + 1);
    (line, before.len() - start)
}

impl Reader<'_> {
    #[inline(always)]
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.i).copied()
    }

    fn fail(&self, message: &'static str) -> Failure {
        Failure { message, at: self.i, eof: false }
    }

    fn eof(&self, message: &'static str) -> Failure {
        Failure { message, at: self.bytes.len(), eof: true }
    }

    #[inline(always)]
    fn ws(&mut self) {
        while let Some(b' ' | b'\n' | b'\r' | b'\t') = self.peek() {
            self.i += 1;
        }
    }

    fn value(&mut self) -> Result<Value> {
        self.ws();
        match self.peek() {
            None => Err(self.eof("EOF while parsing a value")),
            Some(b'n') => self.ident("null", Value::Null),
            Some(b't') => self.ident("true", Value::Bool(true)),
            Some(b'f') => self.ident("false", Value::Bool(false)),
            Some(b'"') => Ok(Value::String(self.string()?)),
            Some(b'-' | b'0'..=b'9') => Ok(Value::Number(self.number()?)),
            Some(b'[') => self.nested(Self::array),
            Some(b'{') => self.nested(Self::object),
            Some(_) => Err(self.fail("expected value")),
        }
    }

    fn nested(&mut self, f: fn(&mut Self) -> Result<Value>) -> Result<Value> {
        self.depth += 1;
        if self.depth >= DEPTH_LIMIT {
            return Err(self.fail("recursion limit exceeded"));
        }
        self.i += 1;
        let v = f(self);
        self.depth -= 1;
        v
    }

    fn ident(&mut self, word: &'static str, v: Value) -> Result<Value> {
        for &want in word.as_bytes() {
            match self.peek() {
                None => return Err(self.eof("EOF while parsing a value")),
                Some(b) if b == want => self.i += 1,
                Some(_) => return Err(self.fail("expected ident")),
            }
        }
        Ok(v)
    }

    fn array(&mut self) -> Result<Value> {
        let mut items = Vec::new();
        self.ws();
        if self.peek() == Some(b']') {
            self.i += 1;
            return Ok(Value::Array(items));
        }
        if self.peek().is_none() {
            return Err(self.eof("EOF while parsing a list"));
        }
        loop {
            items.push(self.value()?);
            self.ws();
            match self.peek() {
                Some(b',') => {
                    self.i += 1;
                    self.ws();
                    if self.peek() == Some(b']') {
                        return Err(self.fail("trailing comma"));
                    }
                }
                Some(b']') => {
                    self.i += 1;
                    return Ok(Value::Array(items));
                }
                Some(_) => return Err(self.fail("expected `,` or `]`")),
                None => return Err(self.eof("EOF while parsing a list")),
            }
        }
    }

    fn object(&mut self) -> Result<Value> {
        let mut members: Vec<(String, Value)> = Vec::with_capacity(8);
        self.ws();
        if self.peek() == Some(b'}') {
            self.i += 1;
            return Ok(Value::Object(Map::new()));
        }
        let mut first = true;
        loop {
            match self.peek() {
                Some(b'"') => {}
                Some(_) => return Err(self.fail("key must be a string")),
                None if first => return Err(self.eof("EOF while parsing an object")),
                None => return Err(self.eof("EOF while parsing a value")),
            }
            first = false;
            let key = self.string()?;
            self.ws();
            match self.peek() {
                Some(b':') => self.i += 1,
                Some(_) => return Err(self.fail("expected `:`")),
                None => return Err(self.eof("EOF while parsing an object")),
            }
            members.push((key, self.value()?));
            self.ws();
            match self.peek() {
                Some(b',') => {
                    self.i += 1;
                    self.ws();
                    if self.peek() == Some(b'}') {
                        return Err(self.fail("trailing comma"));
                    }
                }
                Some(b'}') => {
                    self.i += 1;
                    return Ok(Value::Object(dedup(members)));
                }
                Some(_) => return Err(self.fail("expected `,` or `}`")),
                None => return Err(self.eof("EOF while parsing an object")),
            }
        }
    }

    /// A string starting at the opening quote.
    fn string(&mut self) -> Result<String> {
        self.i += 1;
        let mut out = String::new();
        let mut run = self.i;
        loop {
            self.i = super::plain_run(self.bytes, self.i);
            match self.peek() {
                None => return Err(self.eof("EOF while parsing a string")),
                Some(b'"') => {
                    out.push_str(self.text.get(run..self.i).unwrap_or_default());
                    self.i += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    out.push_str(self.text.get(run..self.i).unwrap_or_default());
                    self.i += 1;
                    self.escape(&mut out)?;
                    run = self.i;
                }
                Some(0..=0x1f) => {
                    return Err(self
                        .fail("control character (\\u0000-\\u001F) found while parsing a string"));
                }
                Some(_) => self.i += 1,
            }
        }
    }

    /// A failure positioned just after the last byte read (serde_json's `error`).
    fn fail_here(&self, message: &'static str) -> Failure {
        Failure { message, at: self.i.saturating_sub(1), eof: false }
    }

    /// An escape, after its backslash.
    fn escape(&mut self, out: &mut String) -> Result<()> {
        let Some(b) = self.peek() else { return Err(self.eof("EOF while parsing a string")) };
        self.i += 1;
        let c = match b {
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => return self.unicode(out),
            _ => return Err(self.fail_here("invalid escape")),
        };
        out.push(c);
        Ok(())
    }

    /// A `\u` escape after its `u`: a BMP character or a surrogate pair.
    fn unicode(&mut self, out: &mut String) -> Result<()> {
        let first = self.hex4()?;
        let code = match first {
            0xDC00..=0xDFFF => return Err(self.fail_here("lone leading surrogate in hex escape")),
            0xD800..=0xDBFF => {
                for want in [b'\\', b'u'] {
                    match self.peek() {
                        None => return Err(self.eof("EOF while parsing a string")),
                        Some(b) => {
                            self.i += 1;
                            if b != want {
                                return Err(self.fail_here("unexpected end of hex escape"));
                            }
                        }
                    }
                }
                let second = self.hex4()?;
                if !(0xDC00..=0xDFFF).contains(&second) {
                    return Err(self.fail_here("lone leading surrogate in hex escape"));
                }
                0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
            }
            _ => first,
        };
        match char::from_u32(code) {
            Some(c) => {
                out.push(c);
                Ok(())
            }
            None => Err(self.fail_here("invalid unicode code point")),
        }
    }

    fn hex4(&mut self) -> Result<u32> {
        let Some(quad) = self.bytes.get(self.i..self.i + 4) else {
            self.i = self.bytes.len();
            return Err(self.eof("EOF while parsing a string"));
        };
        self.i += 4;
        let mut n = 0;
        for &b in quad {
            match char::from(b).to_digit(16) {
                Some(d) => n = n * 16 + d,
                None => return Err(self.fail_here("invalid escape")),
            }
        }
        Ok(n)
    }

    fn number(&mut self) -> Result<Number> {
        let start = self.i;
        let negative = self.peek() == Some(b'-');
        if negative {
            self.i += 1;
        }
        let int_start = self.i;
        match self.peek() {
            Some(b'0') => {
                self.i += 1;
                if let Some(b'0'..=b'9') = self.peek() {
                    return Err(self.fail("invalid number"));
                }
            }
            Some(b'1'..=b'9') => self.digits(),
            Some(_) => return Err(self.fail("invalid number")),
            None => return Err(self.eof("EOF while parsing a value")),
        }
        let int_end = self.i;
        let mut float = false;
        if self.peek() == Some(b'.') {
            float = true;
            self.i += 1;
            self.required_digits()?;
        }
        if let Some(b'e' | b'E') = self.peek() {
            float = true;
            self.i += 1;
            let negative_exp = self.peek() == Some(b'-');
            if let Some(b'+' | b'-') = self.peek() {
                self.i += 1;
            }
            let exp_start = self.i;
            self.required_digits()?;
            // An exponent beyond i32 (serde_json's rule): out of range for a non-zero
            // significand growing, zero otherwise.
            let exp_digits = self.text.get(exp_start..self.i).unwrap_or_default();
            if let Some(over) = i32_overflow_at(exp_digits) {
                let zero = self
                    .text
                    .get(int_start..self.i)
                    .unwrap_or_default()
                    .bytes()
                    .take_while(|b| !matches!(b, b'e' | b'E'))
                    .all(|b| matches!(b, b'0' | b'.'));
                if !zero && !negative_exp {
                    return Err(Failure {
                        message: "number out of range",
                        at: exp_start + over,
                        eof: false,
                    });
                }
                return Ok(Number(N::F(if negative { -0.0 } else { 0.0 })));
            }
        }
        let text = self.text.get(start..self.i).unwrap_or_default();
        if !float {
            let digits = self.text.get(int_start..int_end).unwrap_or_default();
            if let Some(u) = small_integer(digits) {
                if !negative {
                    return Ok(Number(N::U(u)));
                }
                if u == 0 {
                    return Ok(Number(N::F(-0.0)));
                }
                if let Some(i) = 0i64.checked_sub_unsigned(u) {
                    return Ok(Number(N::I(i)));
                }
            }
        }
        match decimal(text) {
            Some(f) if f.is_finite() => Ok(Number(N::F(f))),
            _ => Err(self.fail_here("number out of range")),
        }
    }

    fn digits(&mut self) {
        while let Some(b'0'..=b'9') = self.peek() {
            self.i += 1;
        }
    }

    fn required_digits(&mut self) -> Result<()> {
        match self.peek() {
            Some(b'0'..=b'9') => {
                self.digits();
                Ok(())
            }
            Some(_) => Err(self.fail("invalid number")),
            None => Err(self.eof("EOF while parsing a value")),
        }
    }
}

/// Where accumulating `digits` as an `i32` would overflow (index of the digit), if anywhere.
fn i32_overflow_at(digits: &str) -> Option<usize> {
    let mut n: i32 = 0;
    for (i, b) in digits.bytes().enumerate() {
        n = match n.checked_mul(10).and_then(|n| n.checked_add(i32::from(b - b'0'))) {
            Some(n) => n,
            None => return Some(i),
        };
    }
    None
}

/// The digits as a `u64`, if they fit.
pub(crate) fn small_integer(digits: &str) -> Option<u64> {
    // Up to 19 digits cannot overflow: no checked (in wasm, 128-bit) multiply on the common path.
    if digits.len() <= 19 {
        let mut n = 0;
        for b in digits.bytes() {
            n = n * 10 + u64::from(b - b'0');
        }
        return Some(n);
    }
    digits.bytes().try_fold(0u64, |n, b| n.checked_mul(10)?.checked_add(u64::from(b - b'0')))
}

/// A decimal (JSON number syntax, also with leading zeros or a bare `.` side) as the nearest
/// double (`None` for text that is not one).
/// Most values take the exact fast path (at most 15 significant digits, a power of ten up to
/// 10^22: one correctly rounded multiply or divide); the rest are settled exactly by [`slow`].
pub(crate) fn decimal(text: &str) -> Option<f64> {
    const POW10: [f64; 23] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
        1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ];
    let (negative, body) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let (mantissa, exp) = match body.find(['e', 'E']) {
        Some(i) => (body.get(..i)?, exponent(body.get(i + 1..)?)?),
        None => (body, 0),
    };
    let (int, frac) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let is_digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if int.is_empty() && frac.is_empty() || !is_digits(int) || !is_digits(frac) {
        return None;
    }
    let e10 = exp - frac.len() as i64;
    let mut m: u64 = 0;
    let mut count = 0;
    for b in int.bytes().chain(frac.bytes()).skip_while(|&b| b == b'0') {
        m = m * 10 + u64::from(b - b'0');
        count += 1;
        if count > 15 {
            break;
        }
    }
    let v = if m == 0 {
        0.0
    } else {
        match POW10.get(e10.unsigned_abs() as usize) {
            Some(p) if count <= 15 && e10 >= 0 => m as f64 * p,
            Some(p) if count <= 15 => m as f64 / p,
            _ => slow(int, frac, e10)?,
        }
    };
    Some(if negative { -v } else { v })
}

/// An exponent's digits (sign allowed), saturated far beyond any double's range.
fn exponent(text: &str) -> Option<i64> {
    let (negative, digits) = match text.as_bytes().first() {
        Some(b'-') => (true, text.get(1..)?),
        Some(b'+') => (false, text.get(1..)?),
        _ => (false, text),
    };
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let n = digits.bytes().fold(0i64, |n, b| (n * 10 + i64::from(b - b'0')).min(1_000_000_000));
    Some(if negative { -n } else { n })
}

/// The correctly rounded double for the digits `int` `frac` times 10^`e10` (`None` when it
/// overflows). Core's parser does this with a 10 KB table of powers of five; this does it
/// with a start from `libm::pow` and exact big-integer comparisons against the midpoints
/// between neighbouring doubles (ties to even). Only the rare numbers the fast path cannot
/// take come here; `tests/it/json.rs` checks them against serde_json's exact reader.
fn slow(int: &str, frac: &str, e10: i64) -> Option<f64> {
    let mut digits: Vec<u8> =
        int.bytes().chain(frac.bytes()).skip_while(|&b| b == b'0').map(|b| b - b'0').collect();
    let mut e10 = e10;
    while digits.last() == Some(&0) {
        digits.pop();
        e10 += 1;
    }
    if digits.is_empty() {
        return Some(0.0);
    }
    // Past 780 digits only "a little more" matters: keep 780 and a final 1 (a midpoint needs at
    // most 767 significant digits, so no comparison can tie by accident).
    if digits.len() > 780 {
        e10 += digits.len() as i64 - 781;
        digits.truncate(780);
        digits.push(1);
    }
    let magnitude = digits.len() as i64 + e10; // value < 10^magnitude
    if magnitude > 310 {
        return None;
    }
    if magnitude < -324 {
        return Some(0.0); // below half the smallest subnormal
    }
    let lead = digits.iter().take(19).fold(0u64, |m, &d| m * 10 + u64::from(d));
    let e = e10 + digits.len().saturating_sub(19) as i64;
    let half = (e / 2) as f64;
    let guess = lead as f64 * libm::pow(10.0, half) * libm::pow(10.0, e as f64 - half);
    let mut x = if guess.is_finite() { guess.max(f64::from_bits(1)) } else { f64::MAX };
    let d = Big::from_digits(&digits);
    for _ in 0..256 {
        match cmp_midpoint(&d, e10, x) {
            std::cmp::Ordering::Greater if x == f64::MAX => return None,
            std::cmp::Ordering::Greater => x = f64::from_bits(x.to_bits() + 1),
            std::cmp::Ordering::Equal => {
                return Some(if x.to_bits() & 1 == 1 {
                    f64::from_bits(x.to_bits() + 1)
                } else {
                    x
                });
            }
            std::cmp::Ordering::Less => {
                if x.to_bits() == 0 {
                    return Some(0.0);
                }
                let below = f64::from_bits(x.to_bits() - 1);
                match cmp_midpoint(&d, e10, below) {
                    std::cmp::Ordering::Less => x = below,
                    std::cmp::Ordering::Equal => {
                        return Some(if below.to_bits() & 1 == 1 { x } else { below });
                    }
                    std::cmp::Ordering::Greater => return Some(x),
                }
            }
        }
    }
    Some(x)
}

/// `D x 10^e10` against the midpoint between `x` (finite, >= 0) and the next double up.
fn cmp_midpoint(d: &Big, e10: i64, x: f64) -> std::cmp::Ordering {
    let bits = x.to_bits();
    let (biased, fraction) = ((bits >> 52) as i64, bits & ((1 << 52) - 1));
    let (mx, ex) =
        if biased == 0 { (fraction, -1074) } else { (fraction | (1 << 52), biased - 1075) };
    // midpoint = (2 mx + 1) x 2^(ex - 1); value = D x 5^e10 x 2^e10.
    let mut lhs = d.clone();
    let mut rhs = Big::from_u64(2 * mx + 1);
    if e10 >= 0 {
        lhs.mul_pow5(e10.unsigned_abs());
    } else {
        rhs.mul_pow5(e10.unsigned_abs());
    }
    let p2 = e10 - (ex - 1);
    if p2 >= 0 {
        lhs.shl(p2.unsigned_abs());
    } else {
        rhs.shl(p2.unsigned_abs());
    }
    lhs.cmp(&rhs)
}

/// A non-negative big integer, little-endian 32-bit limbs, no trailing zero limbs.
#[derive(Clone, PartialEq, Eq)]
struct Big(Vec<u32>);

impl Big {
    fn from_u64(v: u64) -> Big {
        let mut b = Big(vec![v as u32, (v >> 32) as u32]);
        b.trim();
        b
    }
    fn from_digits(digits: &[u8]) -> Big {
        let mut b = Big(Vec::new());
        for chunk in digits.chunks(9) {
            let scale = 10u32.pow(chunk.len() as u32);
            let add = chunk.iter().fold(0u32, |n, &d| n * 10 + u32::from(d));
            b.mul_add(scale, add);
        }
        b
    }
    fn trim(&mut self) {
        while self.0.last() == Some(&0) {
            self.0.pop();
        }
    }
    fn mul_add(&mut self, m: u32, add: u32) {
        let mut carry = u64::from(add);
        for limb in &mut self.0 {
            let v = u64::from(*limb) * u64::from(m) + carry;
            *limb = v as u32;
            carry = v >> 32;
        }
        if carry > 0 {
            self.0.push(carry as u32);
        }
    }
    fn mul_pow5(&mut self, mut n: u64) {
        while n > 0 {
            let k = n.min(13);
            self.mul_add(5u32.pow(k as u32), 0);
            n -= k;
        }
    }
    fn shl(&mut self, bits: u64) {
        let (limbs, rest) = ((bits / 32) as usize, (bits % 32) as u32);
        if rest > 0 {
            let mut carry = 0u32;
            for limb in &mut self.0 {
                let v = (u64::from(*limb) << rest) | u64::from(carry);
                *limb = v as u32;
                carry = (v >> 32) as u32;
            }
            if carry > 0 {
                self.0.push(carry);
            }
        }
        if !self.0.is_empty() {
            self.0.splice(0..0, std::iter::repeat_n(0, limbs));
        }
    }
}

impl PartialOrd for Big {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Big {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.0.len().cmp(&other.0.len()).then_with(|| self.0.iter().rev().cmp(other.0.iter().rev()))
    }
}

/// Resolves repeated keys: first position, last value.
fn dedup(mut members: Vec<(String, Value)>) -> Map {
    let n = members.len();
    if n <= 8 {
        let repeated = members
            .iter()
            .enumerate()
            .any(|(i, (k, _))| members.iter().take(i).any(|(other, _)| other == k));
        return if repeated { members.into_iter().collect() } else { Map::from_unique(members) };
    }
    // Sorted by key, then position: each run of equal keys is one member.
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_unstable_by(|&a, &b| key(&members, a).cmp(key(&members, b)).then(a.cmp(&b)));
    let repeats: Vec<Vec<usize>> = order
        .chunk_by(|&a, &b| key(&members, a) == key(&members, b))
        .filter(|run| run.len() > 1)
        .map(<[usize]>::to_vec)
        .collect();
    let mut drop = vec![false; n];
    for run in &repeats {
        if let [first, .., last] = **run {
            let v = members.get_mut(last).map(|(_, v)| v.take()).unwrap_or_default();
            if let Some((_, slot)) = members.get_mut(first) {
                *slot = v;
            }
            for &j in run.get(1..).unwrap_or_default() {
                if let Some(d) = drop.get_mut(j) {
                    *d = true;
                }
            }
        }
    }
    let mut keep = drop.into_iter().map(|d| !d);
    members.retain(|_| keep.next().unwrap_or(true));
    Map::from_unique(members)
}

fn key(members: &[(String, Value)], i: usize) -> &str {
    members.get(i).map_or("", |(k, _)| k)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err(text: &str) -> String {
        match parse(text) {
            Ok(_) => "ok".to_owned(),
            Err(f) => {
                let (l, c) = position(text, &f);
                format!("{} at line {l} column {c}", f.message)
            }
        }
    }

    #[test]
    fn errors_read_as_serde_json_wrote_them() {
        for (text, want) in [
            ("{\n  \"a\": 1,\n  \"b\": }", "expected value at line 3 column 8"),
            ("[", "EOF while parsing a list at line 1 column 1"),
            ("{\"a\" 1}", "expected `:` at line 1 column 6"),
            ("{\"a\":1 \"b\"}", "expected `,` or `}` at line 1 column 8"),
            ("[1 2]", "expected `,` or `]` at line 1 column 4"),
            ("{} x", "trailing characters at line 1 column 4"),
            ("{1:2}", "key must be a string at line 1 column 2"),
            ("[1,]", "trailing comma at line 1 column 4"),
            ("tru", "EOF while parsing a value at line 1 column 3"),
            ("trux", "expected ident at line 1 column 4"),
            ("\"a\\x\"", "invalid escape at line 1 column 4"),
            (
                "\"a\u{1}\"",
                "control character (\\u0000-\\u001F) found while parsing a string at line 1 column 3",
            ),
            ("", "EOF while parsing a value at line 1 column 0"),
            ("-", "EOF while parsing a value at line 1 column 1"),
            ("1e999", "number out of range at line 1 column 5"),
        ] {
            assert_eq!(err(text), want, "{text:?}");
        }
    }

    #[test]
    fn values_and_duplicates() {
        let v =
            parse(r#"{"a": 1, "b": -2, "a": 3, "c": [0.5, 1e2, -0, "\u00e9\ud83d\ude00"]}"#).ok();
        let text = v.map(|v| super::super::write::compact(&v));
        assert_eq!(text.as_deref(), Some(r#"{"a":3,"b":-2,"c":[0.5,100.0,-0.0,"é😀"]}"#));
        let many: String = (0..40).map(|i| format!("\"k{}\": {i},", i % 20)).collect();
        let v = parse(&format!("{{{many} \"end\": 0}}")).ok();
        let m = v.as_ref().and_then(Value::as_object);
        assert_eq!(m.map(Map::len), Some(21));
        assert_eq!(m.and_then(|m| m.get("k3")).and_then(Value::as_u64), Some(23));
        assert_eq!(m.and_then(|m| m.keys().next().cloned()).as_deref(), Some("k0"));
    }

    #[test]
    fn decimals_round_correctly() {
        for text in [
            "0.1",
            "33.333333333",
            "1.7976931348623157e308",
            "5e-324",
            "123456789012345678901234",
            "0.30000000000000004",
            "2.2250738585072014e-308",
            "9007199254740993",
        ] {
            assert_eq!(decimal(text), text.parse::<f64>().ok(), "{text}");
        }
    }
}
