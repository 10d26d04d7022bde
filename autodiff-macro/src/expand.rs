//! The driver: parse, run the stages (`pipeline`), emit the companions. On
//! any error the
//! original function is still emitted, with companions of the right
//! signatures whose bodies are `unimplemented!()`, next to the errors, so one
//! mistake does not also cause "cannot find function `f_grad`" everywhere.

use crate::attr::Options;
use crate::companion;
use crate::diag::Errors;
use crate::parse;
use crate::pipeline;
use proc_macro2::TokenStream;
use quote::{ToTokens, quote};

/// Expands `#[differentiate(args)] item`.
pub fn expand(args: TokenStream, item: TokenStream) -> TokenStream {
    let opts = match Options::parse(args) {
        Ok(o) => o,
        Err(e) => {
            let err = e.to_compile_error();
            return quote!(#err #item);
        }
    };
    let func: syn::ItemFn = match syn::parse2(item.clone()) {
        Ok(f) => f,
        Err(_) if syn::parse2::<syn::ItemImpl>(item.clone()).is_ok() => {
            return crate::impl_block::expand_impl(opts, item);
        }
        Err(e) => {
            let err = syn::Error::new(
                e.span(),
                format!("#[differentiate] applies to a function or an `impl` block: {e}"),
            )
            .to_compile_error();
            return quote!(#err #item);
        }
    };
    expand_fn(opts, func)
}

/// Expands a function with its options: the original and its companions.
pub fn expand_fn(opts: Options, func: syn::ItemFn) -> TokenStream {
    // The function's own float type parameter, or that of the annotated
    // `impl` block around it.
    let float = parse::generic_float_param(&func.sig.generics).or_else(crate::lang::generic_float);
    let _float = crate::lang::set_generic_float(float);
    let mut errors = Errors::default();
    for (span, name) in &opts.unsupported {
        errors.push(
            *span,
            format!("`#[differentiate({name})]` is not supported yet"),
        );
    }
    let Some(mut def) = parse::parse_fn(&func, &opts, &mut errors) else {
        let err = errors.combined().map(|e| e.to_compile_error());
        return quote!(#err #func);
    };
    if let Some(t) = crate::lang::generic_float() {
        // The companions compute in `T` through the runtime's `Real`.
        let krate = &opts.krate;
        let preds = &mut def.sig.generics.make_where_clause().predicates;
        preds.push(syn::parse_quote!(#t: #krate::__private::Real));
    }
    let cfgs: Vec<&syn::Attribute> = func
        .attrs
        .iter()
        .filter(|a| a.path().is_ident("cfg"))
        .collect();
    let cx = companion::Context::new(&def, &opts, &cfgs);
    let bodies = if errors.is_empty() && !opts.custom {
        let span = def.sig.ident.span();
        pipeline::run(&def, &opts, &def.leaf_wrt(), span, &mut errors)
            .map(|p| companion::bodies(&cx, &p))
    } else {
        None
    };
    // `#[checkpoint]` markers are for this macro; the original must not
    // carry them to rustc.
    let mut original = func.clone();
    syn::visit_mut::VisitMut::visit_item_fn_mut(&mut StripCheckpoints, &mut original);
    let original = &original;
    // Errors go inside a companion's body: at module level, rustc would stop
    // reporting unrelated unresolved names in the same module.
    let err = errors.combined().map(|e| e.to_compile_error());
    let mut companions = companion::companions(&cx, bodies.as_ref(), err, &opts);
    if opts.show {
        companions = with_source_in_docs(companions);
    }
    quote! {
        #original
        #companions
    }
}

/// Appends to the rustdoc of each public companion its own source, formatted
/// by `prettyplease`, so `cargo doc` shows the primal trace and the adjoint
/// the macro wrote (`#[differentiate(show)]`).
fn with_source_in_docs(items: TokenStream) -> TokenStream {
    let Ok(mut file) = syn::parse2::<syn::File>(items.clone()) else {
        return items;
    };
    for item in &mut file.items {
        let syn::Item::Fn(f) = item else { continue };
        if f.attrs
            .iter()
            .any(|a| a.path().is_ident("doc") && a.to_token_stream().to_string().contains("hidden"))
        {
            continue;
        }
        let mut bare = f.clone();
        bare.attrs.clear();
        let source = prettyplease::unparse(&syn::File {
            shebang: None,
            attrs: vec![],
            items: vec![syn::Item::Fn(bare)],
        });
        let doc = format!("\n# Generated code\n\n```text\n{}```", source);
        f.attrs.push(syn::parse_quote!(#[doc = #doc]));
    }
    file.to_token_stream()
}

/// Removes `#[checkpoint]` attributes from loops.
struct StripCheckpoints;

impl syn::visit_mut::VisitMut for StripCheckpoints {
    fn visit_expr_for_loop_mut(&mut self, f: &mut syn::ExprForLoop) {
        f.attrs.retain(|a| !a.path().is_ident("checkpoint"));
        syn::visit_mut::visit_expr_for_loop_mut(self, f);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn show_attaches_the_formatted_generated_code_to_the_docs() {
        let out = expand(
            quote!(show),
            quote! {
                fn f(x: f64, y: f64) -> f64 { x.sin() * y }
            },
        );
        let file: syn::File = syn::parse2(out).expect("expansion parses");
        let docs: Vec<String> = file
            .items
            .iter()
            .filter_map(|i| match i {
                syn::Item::Fn(f) if f.sig.ident == "f_vjp_into" => Some(f),
                _ => None,
            })
            .flat_map(|f| f.attrs.iter())
            .filter_map(|a| match &a.meta {
                syn::Meta::NameValue(nv) => match &nv.value {
                    syn::Expr::Lit(syn::ExprLit {
                        lit: syn::Lit::Str(s),
                        ..
                    }) => Some(s.value()),
                    _ => None,
                },
                _ => None,
            })
            .collect();
        let shown = docs.join("\n");
        assert!(shown.contains("# Generated code"), "{shown}");
        // The adjoint of sin(x) * y: the rule for sin, times the seed and y.
        assert!(shown.contains("rules::f64::sin("), "{shown}");
        assert!(
            shown
                .contains("fn f_vjp_into(x: f64, y: f64, d_out: f64, grads: (&mut f64, &mut f64))"),
            "{shown}"
        );
        println!("{shown}");
    }

    /// The generated functions of `item` with attribute `args`, by name, as
    /// text.
    fn generated(args: TokenStream, item: TokenStream) -> Vec<(String, String)> {
        let file: syn::File = syn::parse2(expand(args, item)).expect("expansion parses");
        file.items
            .iter()
            .filter_map(|i| match i {
                syn::Item::Fn(f) => Some((
                    f.sig.ident.to_string(),
                    f.block.to_token_stream().to_string(),
                )),
                _ => None,
            })
            .collect()
    }

    fn long_body(n: usize) -> TokenStream {
        let stmts = (0..n).map(|_| quote!(let y = y * 1.0001 + x.sin();));
        quote!(fn f(x: f64, y: f64) -> f64 { #(#stmts)* y })
    }

    #[test]
    fn long_bodies_are_cut_into_segments_and_short_ones_are_not() {
        for (name, body) in generated(quote!(), long_body(300)) {
            let cut = body.contains("fn __autodiff_segment_");
            match name.as_str() {
                "f_vjp_into" | "f_jvp" => assert!(cut, "{name} is not cut:\n{body}"),
                _ => assert!(!cut, "{name} is cut"),
            }
        }
        for (name, body) in generated(quote!(), long_body(20)) {
            assert!(!body.contains("fn __autodiff_segment_"), "{name} is cut");
        }
        // A generic function's nested functions could not name its types.
        let generic = quote!(
            fn f<T: Copy>(x: f64, y: f64, t: T) -> f64 {
                x * y
            }
        );
        let mut item: syn::ItemFn = syn::parse2(long_body(300)).unwrap();
        let g: syn::ItemFn = syn::parse2(generic).unwrap();
        item.sig = g.sig;
        for (name, body) in generated(quote!(), item.to_token_stream()) {
            assert!(!body.contains("fn __autodiff_segment_"), "{name} is cut");
        }
    }

    #[test]
    fn a_long_body_nests_few_scopes() {
        // Every `let` opens a scope that lasts to the end of its block: a
        // function body declares its variables many to a `let`, and each
        // segment is a function of its own.
        for (name, body) in generated(quote!(), long_body(2000)) {
            if name == "f" {
                continue;
            }
            let lets = body.matches("let ").count();
            assert!(lets < 400, "{name}: {lets} lets");
        }
    }

    /// Prints the expansion of a small function (`cargo test -p
    /// autodiff-macro -- --nocapture show_expansion`): a quick way to read
    /// the generated code while working on the macro. With
    /// `AUTODIFF_SHOW_IR=1` it first prints the IR after each stage (lower,
    /// types, reverse, forward, and forward over reverse under `hessian`),
    /// in the text form of `ir/print.rs`:
    ///
    /// ```text
    /// AUTODIFF_SHOW_IR=1 AUTODIFF_SHOW_FILE=f.rs \
    ///     cargo test -p autodiff-macro --lib show_expansion -- --nocapture
    /// ```
    #[test]
    fn show_expansion() {
        // `AUTODIFF_SHOW_FILE=path`: the function in that file, formatted.
        if let Ok(path) = std::env::var("AUTODIFF_SHOW_FILE") {
            let src = std::fs::read_to_string(&path).expect("read AUTODIFF_SHOW_FILE");
            let (attr, item) = match src.split_once("\n---\n") {
                Some((a, i)) => (a.parse().expect("attribute tokens"), i.to_string()),
                None => (TokenStream::new(), src),
            };
            let out = expand(attr, item.parse().expect("function tokens"));
            match syn::parse2::<syn::File>(out.clone()) {
                Ok(file) => println!("{}", prettyplease::unparse(&file)),
                Err(_) => println!("{out}"),
            }
            return;
        }
        let item = match std::env::var("AUTODIFF_SHOW").ok().as_deref() {
            Some("euler") => quote! {
                fn euler(k: f64, c: f64, x0: f64) -> f64 {
                    let (mut x, mut v) = (x0, 0.0);
                    let h = 0.01;
                    for _ in 0..1000 {
                        let a = -k * x - c * v;
                        x += h * v;
                        v += h * a;
                    }
                    0.5 * v * v + 0.5 * k * x * x
                }
            },
            Some("method") => quote! {
                fn total(&self, x: f64, y: f64) -> f64 {
                    self.energy(x) + self.energy(y - x)
                }
            },
            Some("solve") => quote! {
                fn solve_loss(s: f64, b: [f64; 2]) -> f64 {
                    let a = [[2.0 + s, 1.0], [1.0, 3.0]];
                    let x: [f64; 2] = solve2(&a, &b);
                    x[0] * x[0] + x[1]
                }
            },
            Some("rosen") => quote! {
                fn rosen(x: &[f64]) -> f64 {
                    let mut s = 0.0;
                    for i in 0..x.len() - 1 {
                        let a = x[i + 1] - x[i] * x[i];
                        let b = 1.0 - x[i];
                        s += 100.0 * a * a + b * b;
                    }
                    s
                }
            },
            _ => quote! {
                pub fn f(x1: f64, x2: f64) -> f64 {
                    let mut y = x1.ln() + x1 * x2;
                    if x2 > 0.0 { y -= x2.sin(); } else { y = y * x2; }
                    y
                }
            },
        };
        let out = expand(quote!(), item);
        let text = out.to_string();
        assert!(text.contains("_vjp"), "{text}");
        println!("{text}");
    }
}
