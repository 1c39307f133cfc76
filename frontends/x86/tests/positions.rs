//! Lifted instructions carry their x86 address as source position: a trap's innermost frame
//! names the address of the faulting instruction, and a stack overflow says so.

use frontend_x86::X86Frontend;
use iced_x86::{Decoder, DecoderOptions, Mnemonic};
use object::{Object, ObjectSection};
use rootc_frontend::{Frontend, Input, Options};
use rootvm::{Config, Vm};
use std::path::Path;

fn run_main(rel: &str) -> (Vec<u8>, rootvm::Trap) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../corpus/x86/build").join(rel);
    let input = Input::read(&path).expect("corpus object");
    let modules = X86Frontend.translate(&input, &Options::default()).unwrap_or_else(|d| panic!("{d}"));
    let module = modules[0].name.clone();
    for f in &modules[0].functions {
        if !f.name.starts_with("export.") && !f.name.starts_with("__rootvm_") {
            let all = f.blocks.iter().flat_map(|b| &b.insts).all(|i| matches!(i.loc, rootir::SrcLoc::Addr(_)));
            assert!(all, "{}: an instruction without an x86 address", f.name);
        }
    }
    let mut vm = Vm::new(Config::default());
    let sink = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
    rootvm::stdlib::register(
        &mut vm,
        rootvm::stdlib::StdConfig { args: Vec::new(), stdout: sink.clone(), stderr: sink },
    );
    vm.load(modules).unwrap();
    let trap = vm.call(&module, "main", &[]).expect_err("a trap");
    (input.bytes, trap)
}

#[test]
fn a_divide_trap_names_the_address_of_the_divide() {
    let (bytes, trap) = run_main("divzero.O0.o");
    let top = &trap.trace[0];
    let addr = u64::from_str_radix(top.position.trim_start_matches("0x"), 16).expect("an address");
    // The program's first section, .text, is placed at 0x10000.
    let file = object::File::parse(&*bytes).unwrap();
    let text = file.section_by_name(".text").unwrap().data().unwrap();
    let offset = (addr - 0x10000) as usize;
    let ins = Decoder::with_ip(64, &text[offset..], addr, DecoderOptions::NONE).decode();
    assert!(matches!(ins.mnemonic(), Mnemonic::Idiv | Mnemonic::Div), "{trap}: {:?} at {addr:#x}", ins.mnemonic());
}

#[test]
fn a_stack_overflow_says_so() {
    let (_, trap) = run_main("overflow.O2.o");
    assert!(trap.message.contains("stack overflow"), "{trap}");
}
