//! Filetests: every `corpus/stack/*.stk` file holds stack functions (syntax: `vstarr::text`)
//! and either `; check:` lines, the expected register form of all its functions as
//! `rootir::text::print_function` prints it, or `; error:` lines, texts the translation (or
//! parse) error must contain. `VSTARR_BLESS=1` rewrites the `; check:` lines from the
//! current output (review the diff).

use rootir::{Export, FuncId};
use std::path::Path;

/// The register form of every stack function of `src`, printed, or the first error. The
/// module section (if any) is the environment; the whole module must verify.
fn run(src: &str) -> Result<String, String> {
    let file = vstarr::text::parse_file(src).map_err(|e| e.to_string())?;
    let mut m = file.module.clone();
    for (i, f) in file.funcs.iter().enumerate() {
        m.functions[file.first + i] = vstarr::translate_in(f, &file.module).map_err(|e| e.to_string())?;
        m.exports.push(Export { name: f.name.clone(), func: FuncId::new(file.first + i) });
    }
    rootir::verify::verify_module(&m).map_err(|e| format!("verifier: {e:?}"))?;
    let printed: Vec<String> = m.functions[file.first..].iter().map(|f| rootir::text::print_function(&m, f)).collect();
    Ok(printed.join("\n"))
}

fn directive<'a>(src: &'a str, name: &str) -> Vec<&'a str> {
    src.lines().filter_map(|l| l.strip_prefix(name)).map(|l| l.strip_prefix(' ').unwrap_or(l)).collect()
}

#[test]
fn stack_filetests() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../corpus/stack");
    let bless = std::env::var_os("VSTARR_BLESS").is_some();
    let mut paths: Vec<_> = std::fs::read_dir(&dir).expect("corpus/stack").map(|e| e.expect("entry").path()).collect();
    paths.retain(|p| p.extension().is_some_and(|e| e == "stk"));
    paths.sort();
    let mut failures = Vec::new();
    for path in &paths {
        let name = path.file_name().unwrap_or_default().to_string_lossy().to_string();
        let src = std::fs::read_to_string(path).expect("read");
        let errors = directive(&src, "; error:");
        let result = run(&src);
        if !errors.is_empty() {
            match result {
                Ok(_) => failures.push(format!("{name}: translated, expected an error")),
                Err(e) => {
                    for want in errors {
                        if !e.contains(want.trim()) {
                            failures.push(format!("{name}: error `{e}` does not contain `{}`", want.trim()));
                        }
                    }
                }
            }
            continue;
        }
        let got = match result {
            Ok(g) => g,
            Err(e) => {
                failures.push(format!("{name}: {e}"));
                continue;
            }
        };
        let want = directive(&src, "; check:").join("\n");
        if got.trim_end() == want.trim_end() {
            continue;
        }
        if bless {
            let kept: Vec<&str> = src.lines().filter(|l| !l.starts_with("; check:")).collect();
            let mut text = kept.join("\n").trim_end().to_string() + "\n\n";
            for l in got.trim_end().lines() {
                text += &if l.is_empty() { "; check:\n".to_string() } else { format!("; check: {l}\n") };
            }
            std::fs::write(path, text).expect("write");
        } else {
            failures.push(format!("{name}: register form differs\n--- expected\n{want}\n--- got\n{got}"));
        }
    }
    assert!(paths.len() >= 15, "only {} filetests", paths.len());
    assert!(failures.is_empty(), "{} failing:\n{}", failures.len(), failures.join("\n\n"));
}
