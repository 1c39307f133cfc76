use super::*;
use std::io::Cursor;

fn limits() -> Limits {
    Limits { fuel: Some(1000), max_depth: None, heap_limit: Some(1 << 20) }
}

fn packed() -> Vec<u8> {
    attach(b"RUNNER-BYTES", b"the payload", limits())
}

#[test]
fn a_trailer_round_trips() {
    let t = Trailer::for_payload(b"abc", limits());
    assert_eq!(Trailer::decode(&t.encode()), Ok(t));
    let none = Trailer::for_payload(b"", Limits::default());
    assert_eq!(Trailer::decode(&none.encode()), Ok(none));
}

#[test]
fn the_payload_reads_back() {
    let (t, payload) = read_packed(&mut Cursor::new(packed())).unwrap();
    assert_eq!(payload, b"the payload");
    assert_eq!(t.limits, limits());
}

#[test]
fn every_single_byte_change_of_payload_or_trailer_is_refused() {
    let good = packed();
    for i in 12..good.len() {
        let mut bad = good.clone();
        bad[i] ^= 0x01;
        assert!(read_packed(&mut Cursor::new(bad)).is_err(), "flipping byte {i} went unnoticed");
    }
}

#[test]
fn truncation_and_appended_bytes_are_refused() {
    let good = packed();
    for cut in 0..good.len() {
        assert!(read_packed(&mut Cursor::new(good[..cut].to_vec())).is_err(), "cut at {cut}");
    }
    for junk in [&b"x"[..], b"ROOTPACK", &[0u8; 64]] {
        let mut bad = good.clone();
        bad.extend_from_slice(junk);
        assert!(read_packed(&mut Cursor::new(bad)).is_err());
    }
}

#[test]
fn a_huge_claimed_length_is_refused_before_allocating() {
    let mut t = Trailer::for_payload(b"", Limits::default());
    t.payload_len = u64::MAX;
    let mut bytes = b"xx".to_vec();
    bytes.extend_from_slice(&t.encode());
    assert_eq!(read_packed(&mut Cursor::new(bytes)), Err(PackError::PayloadLength { claimed: u64::MAX, available: 2 }));
}

#[test]
fn other_versions_flags_and_reserved_bytes_are_refused() {
    let base = Trailer::for_payload(b"", Limits::default()).encode();
    let reseal = |mut b: [u8; TRAILER_LEN]| {
        let crc = checksum(&b[..52]);
        b[52..56].copy_from_slice(&crc.to_le_bytes());
        b
    };
    let mut v2 = base;
    v2[12] = 2;
    assert_eq!(Trailer::decode(&reseal(v2)), Err(PackError::Version(2)));
    let mut flag = base;
    flag[14] = 0x80;
    assert!(matches!(Trailer::decode(&reseal(flag)), Err(PackError::Malformed(_))));
    let mut reserved = base;
    reserved[45] = 1;
    assert!(matches!(Trailer::decode(&reseal(reserved)), Err(PackError::Malformed(_))));
    let mut unflagged = base;
    unflagged[20] = 1;
    assert!(matches!(Trailer::decode(&reseal(unflagged)), Err(PackError::Malformed(_))));
}

#[test]
fn limits_map_to_the_vm_config() {
    let c = Limits { fuel: Some(5), max_depth: Some(7), heap_limit: Some(4096) }.config();
    assert_eq!((c.fuel, c.max_call_depth, c.max_heap_bytes), (Some(5), 7, 4096));
    assert_eq!(Limits::default().config(), rootvm::Config::default());
}

#[test]
fn grants_read_back_and_a_forged_grants_length_is_refused() {
    let dirs = vec!["/srv/data".to_string(), "/tmp/x y".to_string()];
    let file = attach_with_grants(b"RUNNER", b"the archive", &dirs, limits());
    let (t, payload) = read_packed(&mut Cursor::new(file.clone())).unwrap();
    assert_eq!(grants_of(&t, &payload).unwrap(), (&b"the archive"[..], dirs));
    let (t, payload) = read_packed(&mut Cursor::new(packed())).unwrap();
    assert_eq!(grants_of(&t, &payload).unwrap(), (&b"the payload"[..], Vec::new()));
    // A grants length without its flag, or longer than the payload.
    let mut b: [u8; TRAILER_LEN] = Trailer::for_payload(b"abc", limits()).encode();
    b[40] = 1;
    let crc = checksum(&b[..52]);
    b[52..56].copy_from_slice(&crc.to_le_bytes());
    assert!(matches!(Trailer::decode(&b), Err(PackError::Malformed(_))));
    let mut t = Trailer::for_payload(b"abc", limits());
    t.grants_len = 4;
    assert!(matches!(Trailer::decode(&t.encode()), Err(PackError::Malformed(_))));
}
