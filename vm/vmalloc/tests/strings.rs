//! Strings: Python's code-point view and Java's UTF-16 view of the same storage.

use vmalloc::{Heap, HeapConfig, HeapError, Ref, Tracer};

fn utf16_view(heap: &Heap, s: Ref) -> Vec<u16> {
    let n = heap.string_utf16_len(s).unwrap() as i64;
    (0..n).map(|i| heap.string_utf16_at(s, i).unwrap()).collect()
}

fn code_point_view(heap: &Heap, s: Ref) -> Vec<u32> {
    let n = heap.string_len(s).unwrap() as i64;
    (0..n).map(|i| heap.string_code_point_at(s, i).unwrap()).collect()
}

#[test]
fn both_views_agree_with_rust_for_every_width() {
    let mut heap = Heap::new(HeapConfig::default());
    for text in [
        "",
        "hello",
        "caf\u{e9}",
        "\u{3b1}\u{3b2}\u{3b3}",
        "a\u{1F600}b",
        "\u{1F600}",
        "x\u{10FFFF}\u{1F600}\u{e9}yz\u{1F601}",
    ] {
        let s = heap.alloc_string(text, &()).unwrap();
        let units: Vec<u16> = text.encode_utf16().collect();
        let cps: Vec<u32> = text.chars().map(|c| c as u32).collect();
        assert_eq!(heap.string_len(s), Ok(cps.len() as u64), "{text:?}");
        assert_eq!(heap.string_utf16_len(s), Ok(units.len() as u64), "{text:?}");
        assert_eq!(utf16_view(&heap, s), units, "{text:?}");
        assert_eq!(code_point_view(&heap, s), cps, "{text:?}");
        assert_eq!(heap.string_to_string(s).unwrap(), text);
        let _keep = heap.root(s).unwrap(); // survives the next allocation, even in stress mode
        let from_units = heap.alloc_string_utf16(&units, &()).unwrap();
        assert_eq!(heap.string_eq(s, from_units), Ok(true), "{text:?}");
    }
}

#[test]
fn astral_characters_count_once_in_python_and_twice_in_java() {
    let mut heap = Heap::new(HeapConfig::default());
    let s = heap.alloc_string("\u{1F600}", &()).unwrap();
    assert_eq!(heap.string_len(s), Ok(1));
    assert_eq!(heap.string_code_point_at(s, 0), Ok(0x1F600));
    assert_eq!(heap.string_utf16_len(s), Ok(2));
    assert_eq!(heap.string_utf16_at(s, 0), Ok(0xD83D));
    assert_eq!(heap.string_utf16_at(s, 1), Ok(0xDE00));
    assert_eq!(heap.string_utf16_at(s, 2), Err(HeapError::IndexOutOfBounds { index: 2, len: 2 }));
    assert_eq!(heap.string_code_point_at(s, 1), Err(HeapError::IndexOutOfBounds { index: 1, len: 1 }));
}

#[test]
fn lone_surrogates_are_code_points() {
    let mut heap = Heap::new(HeapConfig::default());
    // Java: a lone high surrogate, a pair, a lone low surrogate.
    let s = heap.alloc_string_utf16(&[0xD800, 0x41, 0xD83D, 0xDE00, 0xDC00], &()).unwrap();
    assert_eq!(heap.string_utf16_len(s), Ok(5));
    assert_eq!(utf16_view(&heap, s), [0xD800, 0x41, 0xD83D, 0xDE00, 0xDC00]);
    assert_eq!(code_point_view(&heap, s), [0xD800, 0x41, 0x1F600, 0xDC00]);
    assert_eq!(heap.string_to_string(s).unwrap(), "\u{FFFD}A\u{1F600}\u{FFFD}");
    // Python: '\ud83d\ude00' is two code points, not one emoji.
    let p = heap.alloc_string_code_points(&[0xD83D, 0xDE00], &()).unwrap();
    assert_eq!(heap.string_len(p), Ok(2));
    let emoji = heap.alloc_string("\u{1F600}", &|t: &mut Tracer<'_>| t.slot(p.bits())).unwrap();
    assert_eq!(heap.string_eq(p, emoji), Ok(false));
    assert_eq!(heap.alloc_string_code_points(&[0x110000], &()), Err(HeapError::InvalidValue));
}

#[test]
fn utf16_indexing_matches_a_reference_on_mixed_strings() {
    let mut heap = Heap::new(HeapConfig::default());
    let mut state = 7u64;
    for _ in 0..200 {
        let mut text = String::new();
        for _ in 0..(state % 40) {
            state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            let c = match (state >> 60) % 4 {
                0 => 'a',
                1 => '\u{e9}',
                2 => '\u{4e2d}',
                _ => char::from_u32(0x10000 + ((state >> 20) % 0xFFFFF) as u32).unwrap_or('\u{1F600}'),
            };
            text.push(c);
        }
        let s = heap.alloc_string(&text, &()).unwrap();
        assert_eq!(utf16_view(&heap, s), text.encode_utf16().collect::<Vec<_>>(), "{text:?}");
    }
}

/// Strings of every width, with astral characters and lone surrogates, as code points.
fn mixed_code_points() -> Vec<Vec<u32>> {
    let texts = ["", "ab", "caf\u{e9}", "\u{3b1}\u{3b2}", "a\u{1F600}b", "\u{10FFFF}\u{e9}\u{1F601}"];
    let mut all: Vec<Vec<u32>> = texts.iter().map(|t| t.chars().map(|c| c as u32).collect()).collect();
    all.extend([
        vec![0xD800],
        vec![0xDC00, 0x41],
        vec![0x41, 0xD83D],
        vec![0xDE00, 0x1F600, 0xDFFF],
        vec![0xFF, 0x100],
    ]);
    all
}

/// Java's `String.hashCode` of code points, computed on their UTF-16 encoding.
fn reference_hash(cps: &[u32]) -> i32 {
    let mut units = Vec::new();
    for &c in cps {
        match char::from_u32(c) {
            Some(ch) => units.extend(ch.encode_utf16(&mut [0; 2]).iter().copied()),
            None => units.push(c as u16),
        }
    }
    units.iter().fold(0i32, |h, &u| h.wrapping_mul(31).wrapping_add(i32::from(u)))
}

#[test]
fn concat_cmp_and_hash_agree_with_code_points_across_widths() {
    let mut heap = Heap::new(HeapConfig::default());
    let all = mixed_code_points();
    let (mut strings, mut _keep) = (Vec::new(), Vec::new());
    for cps in &all {
        let s = heap.alloc_string_code_points(cps, &()).unwrap();
        _keep.push(heap.root(s).unwrap()); // survives the next allocation, even in stress mode
        strings.push(s);
    }
    for (i, a) in all.iter().enumerate() {
        assert_eq!(heap.string_java_hash(strings[i]), Ok(reference_hash(a)), "{a:x?}");
        for (j, b) in all.iter().enumerate() {
            let joined: Vec<u32> = a.iter().chain(b).copied().collect();
            let c = heap.alloc_string_concat(strings[i], strings[j], &()).unwrap();
            let _c = heap.root(c).unwrap();
            assert_eq!(code_point_view(&heap, c), joined, "{a:x?} + {b:x?}");
            let fresh = heap.alloc_string_code_points(&joined, &()).unwrap();
            assert_eq!(heap.string_eq(c, fresh), Ok(true), "{a:x?} + {b:x?} is stored at its narrowest width");
            assert_eq!(utf16_view(&heap, c), utf16_view(&heap, fresh), "{a:x?} + {b:x?}");
            assert_eq!(heap.string_java_hash(c), Ok(reference_hash(&joined)), "{a:x?} + {b:x?}");
            assert_eq!(heap.string_cmp(strings[i], strings[j]), Ok(a.cmp(b)), "{a:x?} vs {b:x?}");
        }
    }
}

#[test]
fn java_hash_of_an_astral_character_is_over_its_two_units() {
    let mut heap = Heap::new(HeapConfig::default());
    let s = heap.alloc_string("a\u{1F600}", &()).unwrap();
    let expected: i32 = 31 * 31 * 0x61 + 31 * 0xD83D + 0xDE00;
    assert_eq!(heap.string_java_hash(s), Ok(expected));
}
