//! The system's `libz.so.1`: `adler32_z` and `crc32_z` lifted from the library and called on
//! several buffers (empty, 1 byte, 100 KB of pseudo-random bytes, unaligned starts), against
//! the same library called natively through `libloading` (dlopen). Skipped with a message
//! when the library is absent.

use frontend_x86::X86Frontend;
use rootc_frontend::{Frontend, Input, Options};
use rootvm::{Config, Value, Vm};
use std::path::PathBuf;

fn libz_path() -> Option<PathBuf> {
    let candidates = ["/lib/x86_64-linux-gnu/libz.so.1", "/usr/lib/x86_64-linux-gnu/libz.so.1", "/usr/lib64/libz.so.1"];
    if let Some(p) = candidates.iter().map(PathBuf::from).find(|p| p.exists()) {
        return Some(p);
    }
    let out = std::process::Command::new("ldconfig").arg("-p").output().ok()?;
    let text = String::from_utf8_lossy(&out.stdout).to_string();
    text.lines()
        .filter(|l| l.trim_start().starts_with("libz.so.1 ") && l.contains("x86-64"))
        .find_map(|l| l.split(" => ").nth(1))
        .map(|p| PathBuf::from(p.trim()))
}

type Checksum = unsafe extern "C" fn(u64, *const u8, usize) -> u64;

/// The native library's `adler32_z` and `crc32_z`.
struct Native {
    lib: libloading::Library,
}

impl Native {
    fn open(path: &PathBuf) -> Native {
        // SAFETY: loading libz runs only its (trivial) initialisers; it is the system's zlib.
        let lib = unsafe { libloading::Library::new(path) }.expect("dlopen libz");
        Native { lib }
    }

    fn call(&self, name: &str, start: u64, buf: &[u8]) -> u64 {
        // SAFETY: `adler32_z` and `crc32_z` have this C signature in zlib.h (uLong, const
        // Bytef *, z_size_t) -> uLong; the buffer is valid for `buf.len()` bytes.
        unsafe {
            let f: libloading::Symbol<'_, Checksum> = self.lib.get(name.as_bytes()).expect("symbol");
            f(start, buf.as_ptr(), buf.len())
        }
    }
}

fn buffers() -> Vec<Vec<u8>> {
    let mut state = 0x853c49e6748fea9bu64;
    let random: Vec<u8> = (0..100_000)
        .map(|_| {
            state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            (state >> 33) as u8
        })
        .collect();
    let mut bufs = vec![Vec::new(), vec![0x5a], b"hello".to_vec(), random.clone()];
    for skip in [1, 3, 7] {
        bufs.push(random[skip..skip + 1000 + skip * 13].to_vec());
    }
    bufs.push(vec![0xff; 5553]);
    bufs
}

#[test]
fn adler32_z_and_crc32_z_lifted_from_libz_match_native_libz() {
    let Some(path) = libz_path() else {
        println!("skipped: no libz.so.1 on this machine");
        return;
    };
    let input = Input::read(&path).expect("read libz");
    let mut options = Options::default();
    options.set("export=adler32_z(i64, ptr, u64) -> i64;crc32_z(i64, ptr, u64) -> i64");
    let modules = X86Frontend.translate(&input, &options).unwrap_or_else(|d| panic!("{d}"));
    let module = modules[0].name.clone();
    // Only what the exports reach is lifted: no deflate, no inflate.
    let lifted: Vec<&str> = modules[0].functions.iter().map(|f| f.name.as_str()).collect();
    assert!(lifted.contains(&"adler32_z") && lifted.contains(&"crc32_z"), "{lifted:?}");
    assert!(!lifted.iter().any(|f| f.starts_with("deflate") || f.starts_with("inflate")), "{lifted:?}");
    let mut vm = Vm::new(Config::default());
    let sink = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
    rootvm::stdlib::register(
        &mut vm,
        rootvm::stdlib::StdConfig { args: Vec::new(), stdout: sink.clone(), stderr: sink },
    );
    vm.load(modules).unwrap();
    let native = Native::open(&path);
    let mut checked = 0;
    for buf in buffers() {
        // Copy in at an odd offset too, so the lifted code starts unaligned.
        for misalign in [0i64, 1, 3] {
            let Value::I64(base) = vm.call(&module, "__rootvm_alloc", &[Value::I64(buf.len() as i64 + 8)]).unwrap()[0]
            else {
                panic!("alloc")
            };
            let at = base + misalign;
            for (k, &b) in buf.iter().enumerate() {
                vm.call(&module, "__rootvm_poke", &[Value::I64(at + k as i64), Value::I32(b as i32)]).unwrap();
            }
            for (name, start) in
                [("adler32_z", 1u64), ("adler32_z", 0x1234_5678), ("crc32_z", 0), ("crc32_z", 0xdead_beef)]
            {
                let args = [Value::I64(start as i64), Value::I64(at), Value::I64(buf.len() as i64)];
                let got = vm.call(&module, name, &args).unwrap_or_else(|t| panic!("{name}: {t}"));
                let want = native.call(name, start, &buf);
                assert_eq!(got, vec![Value::I64(want as i64)], "{name}({start:#x}, {} bytes +{misalign})", buf.len());
                checked += 1;
            }
            if buf.len() > 10_000 {
                break;
            }
        }
    }
    println!("libz: {checked} lifted calls of adler32_z and crc32_z equal the native library's");
}
