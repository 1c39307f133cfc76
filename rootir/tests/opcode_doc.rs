//! `docs/opcodes.md` is generated from the opcode table; this test keeps it current.
//! `ROOTVM_BLESS=1 cargo test -p rootir --test opcode_doc` rewrites it.

use rootir::{Opcode, TrapKind};

fn render() -> String {
    let mut out = String::from(
        "# rootIR operations\n\nGenerated from the opcode table (`rootir/src/opcodes.rs`) by \
         `rootir/tests/opcode_doc.rs`; do not edit by hand. Code is the binary encoding. \
         In the traps column, `heap` marks an operation whose meaning needs the VM's heap \
         (implemented in `vm/src/heap_ops.rs`, not `rootir::semantics`); heap operations may trap.\n\n\
         | code | operation | format | inputs | result | traps | meaning |\n|---:|---|---|---|---|---|---|\n",
    );
    for &op in Opcode::ALL {
        let (inputs, output) = match op.typing() {
            Some(t) => (
                t.inputs.iter().map(|t| t.name()).collect::<Vec<_>>().join(", "),
                t.output.map_or("", |t| t.name()).to_string(),
            ),
            None => ("(operands)".to_string(), "(operands)".to_string()),
        };
        let traps = match op.trap_kind() {
            _ if op.is_heap() => "heap",
            TrapKind::Traps => "yes",
            TrapKind::Pure => "",
        };
        out.push_str(&format!(
            "| {} | `{}` | {:?} | {} | {} | {} | {} |\n",
            op.code(),
            op.name(),
            op.format(),
            inputs,
            output,
            traps,
            op.doc().replace('|', "\\|")
        ));
    }
    out
}

#[test]
fn opcode_reference_matches_the_table() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../docs/opcodes.md");
    let expected = render();
    if std::env::var_os("ROOTVM_BLESS").is_some() {
        std::fs::write(&path, &expected).expect("write docs/opcodes.md");
    }
    let actual = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(actual == expected, "docs/opcodes.md is stale; rerun with ROOTVM_BLESS=1");
}
