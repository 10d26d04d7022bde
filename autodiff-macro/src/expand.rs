//! The pipeline: parse and validate, lower to SSA, infer float widths,
//! analyse activity, transform (reverse and forward), emit. On any error the
//! original function is still emitted, with companions of the right
//! signatures whose bodies are `unimplemented!()`, next to the errors, so one
//! mistake does not also cause "cannot find function `f_grad`" everywhere.

use crate::activity;
use crate::ast::{FnDef, RetTy};
use crate::attr::Options;
use crate::diag::Errors;
use crate::emit::Emitter;
use crate::forward;
use crate::ir::Func;
use crate::lower;
use crate::parse;
use crate::reverse;
use crate::types;
use proc_macro2::{Ident, Span, TokenStream};
use quote::{ToTokens, format_ident, quote};

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
        Err(e) => {
            let err = syn::Error::new(
                e.span(),
                format!("#[differentiate] applies to a function: {e}"),
            )
            .to_compile_error();
            return quote!(#err #item);
        }
    };
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
    let sig = Signatures::new(&def);
    let bodies = if errors.is_empty() && !opts.custom {
        bodies(&mut def, &sig, &opts, &mut errors)
    } else {
        None
    };
    // `#[checkpoint]` markers are for this macro; the original must not
    // carry them to rustc.
    let mut original = func.clone();
    syn::visit_mut::VisitMut::visit_item_fn_mut(&mut StripCheckpoints, &mut original);
    let original = &original;
    let cfgs: Vec<&syn::Attribute> = func
        .attrs
        .iter()
        .filter(|a| a.path().is_ident("cfg"))
        .collect();
    // Errors go inside a companion's body: at module level, rustc would stop
    // reporting unrelated unresolved names in the same module.
    let err = errors.combined().map(|e| e.to_compile_error());
    let mut companions = sig.companions(&def, bodies.as_ref(), &cfgs, err, &opts);
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

/// Generated bodies of the companions.
struct Bodies {
    vjp: TokenStream,
    jvp: TokenStream,
    /// With `hessian`: the body of `NAME_hvp`.
    hvp: Option<TokenStream>,
    /// With `hessian`: the body of `__NAME_vjp_jvp`, forward mode over the
    /// vjp with the seed differentiable too (for callers' Hessians).
    vjp_jvp: Option<TokenStream>,
}

fn bodies(
    def: &mut FnDef,
    sig: &Signatures,
    opts: &Options,
    errors: &mut Errors,
) -> Option<Bodies> {
    let mut lowered = lower::lower(def, errors)?;
    let before_types = errors.len();
    types::check(&lowered.func, errors);
    if errors.len() > before_types {
        return None;
    }
    types::infer(&mut lowered.func);
    let seeds: Vec<_> = sig.wrt.iter().map(|p| lowered.params[*p]).collect();
    let before = errors.len();
    let act = activity::analyse(&lowered.func, &seeds, errors);
    if errors.len() > before {
        return None;
    }
    let n = def.params.len();
    let vjp = reverse::vjp(&lowered, &act, n, &sig.wrt, &opts.krate);
    let jvp = forward::jvp(&lowered, &act, n, &sig.wrt);
    let n_out = lowered.result.len();
    let hvp = (opts.hessian && matches!(def.ret, RetTy::One(crate::ir::Ty::Float(_)))).then(|| {
        // Forward over reverse: the tangent of the gradient along the
        // directions is the Hessian times the directions. The seed (position
        // n) is the constant 1; the directions follow it.
        let mut scratch = Errors::default();
        let vjp_act = activity::analyse(&vjp, &seeds, &mut scratch);
        let outputs = vjp.body.yields.clone();
        let hvp = forward::jvp_of(&vjp, &outputs, &vjp_act, n + 1, &sig.wrt);
        let mut params = sig.vjp_params(def);
        params[n] = quote!(1.0);
        params.extend(sig.tangents.iter().map(|t| t.to_token_stream()));
        let mut borrowed = sig.vjp_borrowed(def);
        let direction_borrowed: Vec<bool> = sig.wrt.iter().map(|i| borrowed[*i]).collect();
        borrowed.extend(direction_borrowed);
        let em = Emitter::new(&hvp, &params, &borrowed, quote!(self), &opts.krate);
        let em = segmentable(def, opts, em);
        let stmts = em.body(&hvp.body);
        let y = &hvp.body.yields;
        let d = sig.wrt.len();
        // yields: value, d gradients, value tangent, d gradient tangents.
        let value = em.yields(&y[..1]);
        let grad = em.yields(&y[1..1 + d]);
        let hv = em.yields(&y[2 + d..2 + 2 * d]);
        quote! {
            #stmts
            (#value, #grad, #hv)
        }
    });
    let vjp_jvp =
        (opts.hessian && matches!(def.ret, RetTy::One(crate::ir::Ty::Float(_)))).then(|| {
            let seed_value = vjp.body.insts.iter().find_map(|i| match i.kind {
                crate::ir::InstKind::Param(k) if k == n => i.results.first().copied(),
                _ => None,
            });
            let mut active = seeds.clone();
            active.extend(seed_value);
            let mut scratch = Errors::default();
            let act2 = activity::analyse(&vjp, &active, &mut scratch);
            let outputs = vjp.body.yields.clone();
            let mut wrt = sig.wrt.clone();
            wrt.push(n);
            let f = forward::jvp_of(&vjp, &outputs, &act2, n + 1, &wrt);
            let mut params = sig.vjp_params(def);
            params.extend(sig.tangents.iter().map(|t| t.to_token_stream()));
            let d_seed = Ident::new("d_seed", Span::mixed_site());
            params.push(quote!(#d_seed));
            let mut borrowed = sig.vjp_borrowed(def);
            let direction_borrowed: Vec<bool> = sig.wrt.iter().map(|i| borrowed[*i]).collect();
            borrowed.extend(direction_borrowed);
            borrowed.push(false);
            let em = Emitter::new(&f, &params, &borrowed, quote!(self), &opts.krate);
            let em = segmentable(def, opts, em);
            let stmts = em.body(&f.body);
            let y = &f.body.yields;
            let d = sig.wrt.len();
            let (value, grad) = (em.yields(&y[..1]), em.yields(&y[1..1 + d]));
            let (value_dot, grad_dot) =
                (em.yields(&y[1 + d..2 + d]), em.yields(&y[2 + d..2 + 2 * d]));
            quote! {
                #stmts
                ((#value, #grad), (#value_dot, #grad_dot))
            }
        });
    Some(Bodies {
        vjp_jvp,
        hvp,
        vjp: sig.body(
            &vjp,
            def,
            opts,
            &sig.vjp_params(def),
            &sig.vjp_borrowed(def),
            n_out,
            Shape::Vjp,
        ),
        jvp: sig.body(
            &jvp,
            def,
            opts,
            &sig.jvp_params(def),
            &sig.jvp_borrowed(def),
            n_out,
            Shape::Jvp,
        ),
    })
}

#[derive(Clone, Copy)]
enum Shape {
    Vjp,
    Jvp,
}

/// Names and types of the companions' signatures.
struct Signatures {
    /// Positions of the differentiable parameters.
    wrt: Vec<usize>,
    seed: Ident,
    tangents: Vec<Ident>,
}

impl Signatures {
    fn new(def: &FnDef) -> Self {
        let taken: Vec<String> = def
            .params
            .iter()
            .map(|p| syn::ext::IdentExt::unraw(&p.ident).to_string())
            .collect();
        let fresh = |base: String| {
            let mut name = base;
            while taken.contains(&name) {
                name.push('_');
            }
            Ident::new(&name, Span::call_site())
        };
        let wrt: Vec<usize> = (0..def.params.len())
            .filter(|i| def.params[*i].differentiable)
            .collect();
        let tangents = wrt
            .iter()
            .map(|i| {
                fresh(format!(
                    "d_{}",
                    syn::ext::IdentExt::unraw(&def.params[*i].ident)
                ))
            })
            .collect();
        Signatures {
            wrt,
            seed: fresh("d_out".into()),
            tangents,
        }
    }

    /// How a body reads each parameter of the vjp: the user's parameters,
    /// then the seed's components.
    fn vjp_params(&self, def: &FnDef) -> Vec<TokenStream> {
        let mut p: Vec<TokenStream> = def
            .params
            .iter()
            .map(|p| p.ident.to_token_stream())
            .collect();
        let seed = &self.seed;
        match &def.ret {
            RetTy::One(_) => p.push(quote!(#seed)),
            RetTy::Tuple(items) => {
                for i in 0..items.len() {
                    let idx = syn::Index::from(i);
                    p.push(quote!(#seed.#idx));
                }
            }
        }
        p
    }

    fn user_borrowed(def: &FnDef) -> Vec<bool> {
        def.params
            .iter()
            .map(|p| matches!(p.syn_ty, syn::Type::Reference(_)))
            .collect()
    }

    fn vjp_borrowed(&self, def: &FnDef) -> Vec<bool> {
        let mut b = Self::user_borrowed(def);
        b.extend(def.ret.flat().iter().map(|_| false));
        b
    }

    fn jvp_borrowed(&self, def: &FnDef) -> Vec<bool> {
        let mut b = Self::user_borrowed(def);
        let tangents: Vec<bool> = self.wrt.iter().map(|i| b[*i]).collect();
        b.extend(tangents);
        b
    }

    fn jvp_params(&self, def: &FnDef) -> Vec<TokenStream> {
        let mut p: Vec<TokenStream> = def
            .params
            .iter()
            .map(|p| p.ident.to_token_stream())
            .collect();
        p.extend(self.tangents.iter().map(|t| t.to_token_stream()));
        p
    }

    /// A full function body from the transformed IR.
    #[allow(clippy::too_many_arguments)]
    fn body(
        &self,
        func: &Func,
        def: &FnDef,
        opts: &Options,
        params: &[TokenStream],
        borrowed: &[bool],
        n_out: usize,
        shape: Shape,
    ) -> TokenStream {
        let em = Emitter::new(func, params, borrowed, quote!(self), &opts.krate);
        let em = segmentable(def, opts, em);
        let stmts = em.body(&func.body);
        // Mentioning the original marks it used, so a private function that
        // is only ever differentiated does not trip `dead_code`.
        let name = &def.sig.ident;
        // A generic function (also one with an `impl Trait` parameter) cannot
        // be named without its type arguments.
        let generic = !def.sig.generics.params.is_empty()
            || def.params.iter().any(|p| has_impl_trait(&p.syn_ty));
        let mention = match (!generic, def.has_receiver) {
            (false, _) => quote!(),
            (true, false) => quote!(let _ = #name;),
            (true, true) => quote!(let _ = Self::#name;),
        };
        let yields = &func.body.yields;
        let (value, rest) = yields.split_at(n_out.min(yields.len()));
        let value = ret_shape(&em, &def.ret, value);
        let second = match shape {
            Shape::Vjp => em.yields(rest),
            Shape::Jvp => ret_shape(&em, &def.ret, rest),
        };
        quote! {
            #mention
            #stmts
            (#value, #second)
        }
    }

    /// All companions, with generated bodies or `unimplemented!()`.
    fn companions(
        &self,
        def: &FnDef,
        bodies: Option<&Bodies>,
        cfgs: &[&syn::Attribute],
        err: Option<TokenStream>,
        opts: &Options,
    ) -> TokenStream {
        let name = &def.sig.ident;
        let vis = &def.vis;
        let (generics, _, where_clause) = def.sig.generics.split_for_impl();
        let SigParts {
            receiver,
            inputs,
            args,
            ret,
            ..
        } = sig_parts(def);
        let grad_tys: Vec<TokenStream> = self
            .wrt
            .iter()
            .map(|i| gradient_type(&def.params[*i].syn_ty))
            .collect();
        let tangent_tys: Vec<TokenStream> = self
            .wrt
            .iter()
            .map(|i| tangent_type(&def.params[*i].syn_ty))
            .collect();
        let g = match grad_tys.as_slice() {
            [one] => quote!(#one),
            many => quote!((#(#many),*)),
        };
        let wrt_names: Vec<String> = self
            .wrt
            .iter()
            .map(|i| def.params[*i].ident.to_string())
            .collect();
        let wrt_list = wrt_names.join(", ");
        let link = if def.has_receiver {
            format!("[`Self::{name}`]")
        } else {
            format!("[`{name}`]")
        };
        let call_prefix = if def.has_receiver {
            quote!(Self::)
        } else {
            quote!()
        };
        let self_arg = def.has_receiver.then(|| quote!(self,));
        let allow = quote! {
            #(#cfgs)*
            #[allow(unused_variables, unused_mut, unused_assignments, unused_parens, unused_braces,
                    clippy::all, clippy::pedantic, clippy::nursery)]
        };
        let unimpl = quote!(::core::unimplemented!(
            "#[differentiate] reported an error for this function"
        ));
        let (vjp_body, jvp_body) = match bodies {
            Some(b) => (b.vjp.clone(), b.jvp.clone()),
            None => (quote!(#err #unimpl), unimpl),
        };

        let vjp_name = format_ident!("{}_vjp", name);
        let jvp_name = format_ident!("{}_jvp", name);
        let grad_name = format_ident!("{}_grad", name);
        let seed = &self.seed;
        let tangents = &self.tangents;

        let vjp_doc = format!(
            "Reverse mode of {link}: returns its value and `{seed}` times its Jacobian with \
             respect to ({wrt_list}), computed in one reverse sweep.\n\nGenerated by \
             `#[differentiate]`."
        );
        let jvp_doc = format!(
            "Forward mode of {link}: returns its value and its directional derivative along \
             the tangents ({}) of ({wrt_list}), computed in one forward sweep.\n\nGenerated by \
             `#[differentiate]`.",
            tangents
                .iter()
                .map(|t| format!("`{t}`"))
                .collect::<Vec<_>>()
                .join(", ")
        );
        let mut out = self.adapters(def, opts, &allow);
        if opts.custom {
            // The user wrote `NAME_vjp` and `NAME_jvp`; report errors here.
            out.extend(err);
        } else {
            out.extend(quote! {
            #[doc = #vjp_doc]
            #[inline]
            #allow
            #vis fn #vjp_name #generics (#receiver #(#inputs,)* #seed: #ret) -> (#ret, #g) #where_clause {
                #vjp_body
            }

            #[doc = #jvp_doc]
            #[inline]
            #allow
            #vis fn #jvp_name #generics (#receiver #(#inputs,)* #(#tangents: #tangent_tys),*) -> (#ret, #ret) #where_clause {
                #jvp_body
            }
            });
        }
        if opts.hessian && matches!(def.ret, RetTy::One(crate::ir::Ty::Float(_))) {
            let hvp_name = format_ident!("{}_hvp", name);
            let hvp_body = match bodies.and_then(|b| b.hvp.clone()) {
                Some(b) => b,
                None => quote!(::core::unimplemented!(
                    "#[differentiate] reported an error for this function"
                )),
            };
            let hvp_doc = format!(
                "Hessian-vector product of {link}: returns its value, its gradient with \
                 respect to ({wrt_list}), and its Hessian times the directions ({}), by forward \
                 mode over reverse mode.\n\nGenerated by `#[differentiate(hessian)]`.",
                tangents
                    .iter()
                    .map(|t| format!("`{t}`"))
                    .collect::<Vec<_>>()
                    .join(", ")
            );
            out.extend(quote! {
                #[doc = #hvp_doc]
                #[inline]
                #allow
                #vis fn #hvp_name #generics (#receiver #(#inputs,)* #(#tangents: #tangent_tys),*) -> (#ret, #g, #g) #where_clause {
                    #hvp_body
                }
            });
            out.extend(self.hessian(def, &allow, &link, &wrt_list));
            out.extend(self.grad_adapters(def, opts, &allow));
            out.extend(self.pullback_pushforward(
                def,
                opts,
                &allow,
                bodies.and_then(|b| b.vjp_jvp.clone()),
            ));
        }
        if matches!(def.ret, RetTy::One(crate::ir::Ty::Float(_))) {
            let grad_doc = format!(
                "Value and gradient of {link} with respect to ({wrt_list}), computed in one \
                 reverse sweep.\n\nGenerated by `#[differentiate]`."
            );
            out.extend(quote! {
                #[doc = #grad_doc]
                #[inline]
                #allow
                #vis fn #grad_name #generics (#receiver #(#inputs),*) -> (#ret, #g) #where_clause {
                    #call_prefix #vjp_name(#self_arg #(#args,)* 1.0)
                }
            });
        }
        out
    }
}

impl Signatures {
    /// `NAME_hessian`, for differentiable parameters that are all scalars or
    /// one fixed-size array: `n` Hessian-vector products along the unit
    /// directions.
    fn hessian(&self, def: &FnDef, allow: &TokenStream, link: &str, wrt_list: &str) -> TokenStream {
        if self.wrt.is_empty() {
            // Reported as "no differentiable parameter" already.
            return quote!();
        }
        let name = &def.sig.ident;
        let vis = &def.vis;
        let (generics, _, where_clause) = def.sig.generics.split_for_impl();
        let SigParts {
            receiver,
            inputs,
            args,
            ret,
            call,
            self_arg,
        } = sig_parts(def);
        let hvp = format_ident!("{}_hvp", name);
        let grad = format_ident!("{}_grad", name);
        let hessian = format_ident!("{}_hessian", name);
        let doc = format!(
            "Value, gradient and Hessian of {link} with respect to ({wrt_list}), by one \
             Hessian-vector product per input.\n\nGenerated by `#[differentiate(hessian)]`."
        );
        let tys: Vec<&crate::ir::Ty> = self.wrt.iter().map(|i| &def.params[*i].ty).collect();
        let grad_tys: Vec<TokenStream> = self
            .wrt
            .iter()
            .map(|i| gradient_type(&def.params[*i].syn_ty))
            .collect();
        let g = match grad_tys.as_slice() {
            [one] => quote!(#one),
            many => quote!((#(#many),*)),
        };
        if tys.iter().all(|t| matches!(t, crate::ir::Ty::Float(_))) {
            let d = tys.len();
            let f = &grad_tys[0];
            let columns: Vec<TokenStream> = (0..d)
                .map(|j| {
                    let dirs = (0..d).map(|k| if k == j { quote!(1.0) } else { quote!(0.0) });
                    quote!(#call #hvp(#self_arg #(#args,)* #(#dirs),*).2)
                })
                .collect();
            let (h_ty, body) = if d == 1 {
                let c = &columns[0];
                (quote!(#f), quote!(#c))
            } else {
                let n = proc_macro2::Literal::usize_unsuffixed(d);
                let cols: Vec<Ident> = (0..d)
                    .map(|j| Ident::new(&format!("column_{j}"), Span::mixed_site()))
                    .collect();
                let rows = (0..d).map(|i| {
                    let idx = syn::Index::from(i);
                    let entries = cols.iter().map(move |c| quote!(#c.#idx));
                    quote!([#(#entries),*])
                });
                (
                    quote!([[#f; #n]; #n]),
                    quote! {{
                        #(let #cols = #columns;)*
                        [#(#rows),*]
                    }},
                )
            };
            return quote! {
                #[doc = #doc]
                #allow
                #vis fn #hessian #generics (#receiver #(#inputs),*) -> (#ret, #g, #h_ty) #where_clause {
                    let (value, gradient) = #call #grad(#self_arg #(#args),*);
                    (value, gradient, #body)
                }
            };
        }
        // One fixed-size array parameter.
        let [p] = self.wrt.as_slice() else {
            return quote!();
        };
        let crate::ir::Ty::Array(elem, crate::ir::Len(n)) = &def.params[*p].ty else {
            return quote!();
        };
        if !matches!(**elem, crate::ir::Ty::Float(_)) {
            return quote!();
        }
        let row_ty = &grad_tys[0];
        let by_ref = matches!(def.params[*p].syn_ty, syn::Type::Reference(_));
        let e = Ident::new("direction", Span::mixed_site());
        let dir = if by_ref { quote!(&#e) } else { quote!(#e) };
        quote! {
            #[doc = #doc]
            #allow
            #vis fn #hessian #generics (#receiver #(#inputs),*) -> (#ret, #g, [#row_ty; #n]) #where_clause {
                let (value, gradient) = #call #grad(#self_arg #(#args),*);
                let rows = ::core::array::from_fn(|i| {
                    let mut #e = [0.0; #n];
                    #e[i] = 1.0;
                    #call #hvp(#self_arg #(#args,)* #dir).2
                });
                (value, gradient, rows)
            }
        }
    }

    /// With `hessian`: `__NAME_pullback_pushforward`, the forward mode of
    /// `__NAME_pullback`, which a caller's Hessian needs when it calls this
    /// function. Built on `__NAME_vjp_jvp`.
    fn pullback_pushforward(
        &self,
        def: &FnDef,
        opts: &Options,
        allow: &TokenStream,
        body: Option<TokenStream>,
    ) -> TokenStream {
        let name = &def.sig.ident;
        let vis = &def.vis;
        let krate = &opts.krate;
        let (generics, _, where_clause) = def.sig.generics.split_for_impl();
        let SigParts {
            receiver,
            inputs,
            args,
            ret,
            call,
            self_arg,
        } = sig_parts(def);
        let inner = format_ident!("__{}_vjp_jvp", name);
        let outer = format_ident!("__{}_pullback_pushforward", name);
        let hidden = |s: &str| Ident::new(s, Span::mixed_site());
        let body = body.unwrap_or_else(|| {
            quote!(::core::unimplemented!(
                "#[differentiate] reported an error for this function"
            ))
        });
        let grad_tys: Vec<TokenStream> = self
            .wrt
            .iter()
            .map(|i| gradient_type(&def.params[*i].syn_ty))
            .collect();
        let g = match grad_tys.as_slice() {
            [one] => quote!(#one),
            many => quote!((#(#many),*)),
        };
        let tangents = &self.tangents;
        let tangent_tys: Vec<TokenStream> = self
            .wrt
            .iter()
            .map(|i| tangent_type(&def.params[*i].syn_ty))
            .collect();
        let d = self.wrt.len();
        let names =
            |base: &str| -> Vec<Ident> { (0..d).map(|j| hidden(&format!("{base}_{j}"))).collect() };
        let pattern = |ids: &[Ident]| match ids {
            [one] => quote!(#one),
            many => quote!((#(#many),*)),
        };
        let (gs, gds) = (names("grad"), names("grad_dot"));
        let (gs_p, gds_p) = (pattern(&gs), pattern(&gds));
        let mut slot_tys = Vec::new();
        let mut slots = Vec::new();
        let mut slot_dots = Vec::new();
        for (k, p) in def.params.iter().enumerate() {
            match self.wrt.iter().position(|w| *w == k) {
                Some(j) => {
                    slot_tys.push(gradient_type(&p.syn_ty));
                    let (gj, gdj) = (&gs[j], &gds[j]);
                    slots.push(quote!(#gj));
                    slot_dots.push(quote!(#gdj));
                }
                None => {
                    slot_tys.push(quote!(#krate::__private::NoGrad));
                    slots.push(quote!(#krate::__private::NoGrad));
                    slot_dots.push(quote!(#krate::__private::NoGrad));
                }
            }
        }
        let ts = self.tangent_slots(def, krate);
        let (tangent_params, tparam_tys, conversions) = (&ts.params, &ts.tys, &ts.conversions);
        let tangent_args = &ts.args;
        let (push_g, _, push_where) = ts.generics.split_for_impl();
        let (seed, seed_dot, value, value_dot) = (
            hidden("seed"),
            hidden("seed_dot"),
            hidden("value"),
            hidden("value_dot"),
        );
        let seed_param = &self.seed;
        let d_seed = hidden("d_seed");
        quote! {
            #[doc(hidden)]
            #[inline]
            #allow
            #vis fn #inner #generics (#receiver #(#inputs,)* #seed_param: #ret, #(#tangents: #tangent_tys,)* #d_seed: #ret) -> ((#ret, #g), (#ret, #g)) #where_clause {
                #body
            }

            #[doc(hidden)]
            #[inline]
            #allow
            #vis fn #outer #push_g (#receiver #(#inputs,)* #seed: #ret, #(#tangent_params: #tparam_tys,)* #seed_dot: #ret) -> ((#ret, (#(#slot_tys,)*)), (#ret, (#(#slot_tys,)*))) #push_where {
                #conversions
                let ((#value, #gs_p), (#value_dot, #gds_p)) = #call #inner(#self_arg #(#args,)* #seed, #(#tangent_args,)* #seed_dot);
                ((#value, (#(#slots,)*)), (#value_dot, (#(#slot_dots,)*)))
            }
        }
    }

    /// With `hessian`, `NAME_grad` is differentiable too: its pullback
    /// `r̄ ∇f + H ḡ` and pushforward `(∇f · ṫ, H ṫ)` come from one
    /// Hessian-vector product (H is symmetric), as `__NAME_grad_pullback`
    /// and `__NAME_grad_pushforward`.
    fn grad_adapters(&self, def: &FnDef, opts: &Options, allow: &TokenStream) -> TokenStream {
        let name = &def.sig.ident;
        let vis = &def.vis;
        let krate = &opts.krate;
        let (generics, _, where_clause) = def.sig.generics.split_for_impl();
        let SigParts {
            receiver,
            inputs,
            args,
            ret,
            call,
            self_arg,
        } = sig_parts(def);
        let hvp = format_ident!("{}_hvp", name);
        let pull = format_ident!("__{}_grad_pullback", name);
        let push = format_ident!("__{}_grad_pushforward", name);
        let hidden = |s: &str| Ident::new(s, Span::mixed_site());
        let grad_tys: Vec<TokenStream> = self
            .wrt
            .iter()
            .map(|i| gradient_type(&def.params[*i].syn_ty))
            .collect();
        let g = match grad_tys.as_slice() {
            [one] => quote!(#one),
            many => quote!((#(#many),*)),
        };
        let d = self.wrt.len();
        let names =
            |base: &str| -> Vec<Ident> { (0..d).map(|j| hidden(&format!("{base}_{j}"))).collect() };
        let pattern = |ids: &[Ident]| match ids {
            [one] => quote!(#one),
            many => quote!((#(#many),*)),
        };
        let (gbar, gs, hs) = (names("seed_grad"), names("grad"), names("hess_dir"));
        let (gbar_p, gs_p, hs_p) = (pattern(&gbar), pattern(&gs), pattern(&hs));
        let dirs: Vec<TokenStream> = self
            .wrt
            .iter()
            .zip(&gbar)
            .map(|(i, gb)| {
                if matches!(def.params[*i].syn_ty, syn::Type::Reference(_)) {
                    quote!(&#gb)
                } else {
                    quote!(#gb)
                }
            })
            .collect();
        let (seed, value, grad, hg, r_bar) = (
            hidden("seed"),
            hidden("value"),
            hidden("gradient"),
            hidden("hessian_times"),
            hidden("seed_value"),
        );
        let mut slot_tys = Vec::new();
        let mut slots = Vec::new();
        for (k, p) in def.params.iter().enumerate() {
            match self.wrt.iter().position(|w| *w == k) {
                Some(j) => {
                    slot_tys.push(gradient_type(&p.syn_ty));
                    let (gj, hj) = (&gs[j], &hs[j]);
                    slots.push(quote!(#krate::__private::scaled_add(#r_bar, #gj, #hj)));
                }
                None => {
                    slot_tys.push(quote!(#krate::__private::NoGrad));
                    slots.push(quote!(#krate::__private::NoGrad));
                }
            }
        }

        // The pushforward converts its tangents like `__NAME_pushforward`.
        let ts = self.tangent_slots(def, krate);
        let (tangent_params, tangent_tys, conversions) = (&ts.params, &ts.tys, &ts.conversions);
        let tangent_args = &ts.args;
        let dots: Vec<TokenStream> = ts
            .converted
            .iter()
            .zip(&gs)
            .map(|(t, gj)| quote!(#krate::__private::dot(#gj, &*#t)))
            .collect();
        let (push_g, _, push_where) = ts.generics.split_for_impl();
        let r_dot = hidden("value_tangent");
        let grad_refs = pattern(&gs);
        quote! {
            #[doc(hidden)]
            #allow
            #vis fn #pull #generics (#receiver #(#inputs,)* #seed: (#ret, #g)) -> ((#ret, #g), (#(#slot_tys,)*)) #where_clause {
                let (#r_bar, #gbar_p) = #seed;
                let (#value, #grad, #hg) = #call #hvp(#self_arg #(#args,)* #(#dirs),*);
                let #gs_p = ::core::clone::Clone::clone(&#grad);
                let #hs_p = #hg;
                ((#value, #grad), (#(#slots,)*))
            }

            #[doc(hidden)]
            #allow
            #vis fn #push #push_g (#receiver #(#inputs,)* #(#tangent_params: #tangent_tys),*) -> ((#ret, #g), (#ret, #g)) #push_where {
                #conversions
                let (#value, #grad, #hg) = #call #hvp(#self_arg #(#args,)* #(#tangent_args),*);
                let #r_dot: #ret = {
                    let #grad_refs = &#grad;
                    0.0 #(+ #dots)*
                };
                ((#value, #grad), (#r_dot, #hg))
            }
        }
    }

    /// The hidden adapters through which differentiated callers reach this
    /// function's derivatives with one slot per parameter (see
    /// `autodiff_runtime::calls`): `__NAME_pullback` and `__NAME_pushforward`.
    fn adapters(&self, def: &FnDef, opts: &Options, allow: &TokenStream) -> TokenStream {
        let name = &def.sig.ident;
        let vis = &def.vis;
        let krate = &opts.krate;
        let (generics, _, where_clause) = def.sig.generics.split_for_impl();
        let SigParts {
            receiver,
            inputs,
            args,
            ret,
            call: call_prefix,
            self_arg,
        } = sig_parts(def);
        let vjp_name = format_ident!("{}_vjp", name);
        let jvp_name = format_ident!("{}_jvp", name);
        let pull_name = format_ident!("__{}_pullback", name);
        let push_name = format_ident!("__{}_pushforward", name);
        let hidden = |s: &str| Ident::new(s, Span::mixed_site());
        let (seed, value) = (hidden("seed"), hidden("value"));

        // Pullback: the gradient tuple spread into one slot per parameter.
        let grads: Vec<Ident> = (0..self.wrt.len())
            .map(|j| hidden(&format!("grad_{j}")))
            .collect();
        let grad_pattern = match grads.as_slice() {
            [one] => quote!(#one),
            many => quote!((#(#many),*)),
        };
        let mut slot_tys = Vec::new();
        let mut slot_values = Vec::new();
        for (k, p) in def.params.iter().enumerate() {
            match self.wrt.iter().position(|w| *w == k) {
                Some(j) => {
                    slot_tys.push(gradient_type(&p.syn_ty));
                    let g = &grads[j];
                    slot_values.push(quote!(#g));
                }
                None => {
                    slot_tys.push(quote!(#krate::__private::NoGrad));
                    slot_values.push(quote!(#krate::__private::NoGrad));
                }
            }
        }

        // Pushforward: a generic tangent per parameter; the differentiable
        // ones become the parameter's tangent (zeros for `NoGrad`).
        let ts = self.tangent_slots(def, krate);
        let (tangent_params, tangent_tys, conversions) = (&ts.params, &ts.tys, &ts.conversions);
        let tangent_args = &ts.args;
        let (push_g, _, push_where) = ts.generics.split_for_impl();
        quote! {
            #[doc(hidden)]
            #[inline]
            #allow
            #vis fn #pull_name #generics (#receiver #(#inputs,)* #seed: #ret) -> (#ret, (#(#slot_tys,)*)) #where_clause {
                let (#value, #grad_pattern) = #call_prefix #vjp_name(#self_arg #(#args,)* #seed);
                (#value, (#(#slot_values,)*))
            }

            #[doc(hidden)]
            #[inline]
            #allow
            #vis fn #push_name #push_g (#receiver #(#inputs,)* #(#tangent_params: #tangent_tys),*) -> (#ret, #ret) #push_where {
                #conversions
                #call_prefix #jvp_name(#self_arg #(#args,)* #(#tangent_args),*)
            }
        }
    }
}

/// The generic tangent arguments of a pushforward-like adapter: one type
/// parameter per parameter; those of differentiable parameters are
/// converted to the parameter's tangent by `IntoTangent` (zeros for
/// `NoGrad`), the others are ignored.
struct TangentSlots {
    /// The function's generics plus a lifetime and the type parameters.
    generics: syn::Generics,
    /// One argument name per parameter.
    params: Vec<Ident>,
    /// Its type parameter.
    tys: Vec<Ident>,
    /// The conversions, as statements.
    conversions: TokenStream,
    /// The converted tangents of the differentiable parameters, as the jvp
    /// takes them.
    args: Vec<TokenStream>,
    /// The converted tangents' names, in the same order.
    converted: Vec<Ident>,
}

impl Signatures {
    fn tangent_slots(&self, def: &FnDef, krate: &TokenStream) -> TangentSlots {
        let hidden = |s: &str| Ident::new(s, Span::mixed_site());
        let mut generics = def.sig.generics.clone();
        let lifetime: syn::Lifetime = syn::parse_quote!('__autodiff_t);
        generics.params.insert(
            0,
            syn::GenericParam::Lifetime(syn::LifetimeParam::new(lifetime.clone())),
        );
        let params: Vec<Ident> = (0..def.params.len())
            .map(|k| hidden(&format!("tangent_{k}")))
            .collect();
        let tys: Vec<Ident> = (0..def.params.len())
            .map(|k| format_ident!("__AutodiffT{}", k))
            .collect();
        for t in &tys {
            generics.params.push(syn::parse_quote!(#t));
        }
        let mut conversions = TokenStream::new();
        let mut args = Vec::new();
        let mut converted = Vec::new();
        for (k, p) in def.params.iter().enumerate() {
            if !self.wrt.contains(&k) {
                continue;
            }
            let (value_ty, primal, by_ref) = tangent_conversion(&p.ident, &p.syn_ty);
            let (t, tt) = (&params[k], &tys[k]);
            generics
                .make_where_clause()
                .predicates
                .push(syn::parse_quote!(#tt: #krate::__private::IntoTangent<#lifetime, #value_ty>));
            conversions.extend(quote! {
                let #t = #krate::__private::IntoTangent::<#value_ty>::into_tangent(#t, #primal);
            });
            args.push(if by_ref {
                quote!(&*#t)
            } else {
                quote!(::core::clone::Clone::clone(&#t).into_owned())
            });
            converted.push(t.clone());
        }
        TangentSlots {
            generics,
            params,
            tys,
            conversions,
            args,
            converted,
        }
    }
}

/// The pieces of the original signature that every companion repeats.
struct SigParts {
    /// `&self,` and the like, if a method.
    receiver: Option<TokenStream>,
    /// `name: Type` of each parameter.
    inputs: Vec<TokenStream>,
    /// The parameters' names, to pass them on.
    args: Vec<Ident>,
    /// The return type.
    ret: TokenStream,
    /// `Self::` for a method.
    call: Option<TokenStream>,
    /// `self,` for a method.
    self_arg: Option<TokenStream>,
}

fn sig_parts(def: &FnDef) -> SigParts {
    SigParts {
        receiver: receiver_tokens(def),
        inputs: def
            .params
            .iter()
            .map(|p| {
                let (id, ty) = (&p.ident, &p.syn_ty);
                quote!(#id: #ty)
            })
            .collect(),
        args: def.params.iter().map(|p| p.ident.clone()).collect(),
        ret: match &def.sig.output {
            syn::ReturnType::Type(_, t) => t.to_token_stream(),
            syn::ReturnType::Default => quote!(()),
        },
        call: def.has_receiver.then(|| quote!(Self::)),
        self_arg: def.has_receiver.then(|| quote!(self,)),
    }
}

/// `&self`, `self`, ... as written, with a trailing comma.
fn receiver_tokens(def: &FnDef) -> Option<TokenStream> {
    def.sig.inputs.iter().find_map(|a| match a {
        syn::FnArg::Receiver(r) => {
            let (reference, mutability, self_token) = (&r.reference, &r.mutability, &r.self_token);
            Some(match reference {
                Some((and, lifetime)) => quote!(#and #lifetime #mutability #self_token,),
                None => quote!(#self_token,),
            })
        }
        syn::FnArg::Typed(_) => None,
    })
}

/// For a parameter `x: ty`: the value type its tangent converts to (`f64`,
/// `[f64; N]`, `[f64]`), how to borrow the primal as that type, and whether
/// the jvp takes the tangent by reference.
fn tangent_conversion(x: &Ident, ty: &syn::Type) -> (TokenStream, TokenStream, bool) {
    match ty {
        syn::Type::Reference(r) => match &*r.elem {
            syn::Type::Slice(s) => {
                let e = &s.elem;
                (quote!([#e]), quote!(#x), true)
            }
            syn::Type::Path(p) if p.path.segments.last().is_some_and(|s| s.ident == "Vec") => {
                let elem = match &p.path.segments.last().map(|s| &s.arguments) {
                    Some(syn::PathArguments::AngleBracketed(a)) => {
                        a.args.first().map(|a| quote!(#a))
                    }
                    _ => None,
                };
                let e = elem.unwrap_or_else(|| quote!(f64));
                (quote!([#e]), quote!(&#x[..]), true)
            }
            inner => (quote!(#inner), quote!(#x), true),
        },
        other => (quote!(#other), quote!(&#x), false),
    }
}

/// The type of the gradient of a parameter of type `ty`: the owned value
/// (`[f64; N]` for `&[f64; N]`, `Vec<f64>` for `&[f64]` and `&Vec<f64>`).
fn gradient_type(ty: &syn::Type) -> TokenStream {
    match ty {
        syn::Type::Reference(r) => match &*r.elem {
            syn::Type::Slice(s) => {
                let e = &s.elem;
                quote!(::std::vec::Vec<#e>)
            }
            inner => gradient_type(inner),
        },
        syn::Type::Paren(p) => gradient_type(&p.elem),
        other => quote!(#other),
    }
}

/// The type of the tangent of a parameter of type `ty`: the parameter's
/// type, with `&Vec<f64>` taken as `&[f64]`.
fn tangent_type(ty: &syn::Type) -> TokenStream {
    if let syn::Type::Reference(r) = ty {
        if let syn::Type::Path(p) = &*r.elem {
            if let Some(last) = p.path.segments.last() {
                if last.ident == "Vec" {
                    if let syn::PathArguments::AngleBracketed(args) = &last.arguments {
                        if let Some(syn::GenericArgument::Type(t)) = args.args.first() {
                            let lt = &r.lifetime;
                            return quote!(&#lt [#t]);
                        }
                    }
                }
            }
        }
    }
    quote!(#ty)
}

/// Whether `ty` contains an `impl Trait` (an anonymous type parameter).
fn has_impl_trait(ty: &syn::Type) -> bool {
    struct Find(bool);
    impl<'ast> syn::visit::Visit<'ast> for Find {
        fn visit_type_impl_trait(&mut self, _: &'ast syn::TypeImplTrait) {
            self.0 = true;
        }
    }
    let mut f = Find(false);
    syn::visit::Visit::visit_type(&mut f, ty);
    f.0
}

/// `em`, allowed to cut a long body into nested functions if `def` has no
/// generics (an `impl Trait` parameter is one) and no receiver, which
/// nested functions could not name.
fn segmentable<'a>(def: &FnDef, opts: &Options, em: Emitter<'a>) -> Emitter<'a> {
    let generic = !def.sig.generics.params.is_empty()
        || def.sig.generics.where_clause.is_some()
        || def.params.iter().any(|p| has_impl_trait(&p.syn_ty));
    if generic || def.has_receiver {
        return em;
    }
    em.segmented(opts.segment.unwrap_or(crate::emit::SEGMENT_WEIGHT))
}

/// The result values shaped like the return type: one value or a tuple.
fn ret_shape(em: &Emitter<'_>, ret: &RetTy, values: &[crate::ir::Value]) -> TokenStream {
    match ret {
        RetTy::One(_) => em.yields(values),
        RetTy::Tuple(_) => {
            let ids = values.iter().map(|v| em.read(*v));
            quote!((#(#ids,)*))
        }
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
                syn::Item::Fn(f) if f.sig.ident == "f_vjp" => Some(f),
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
            shown.contains("fn f_vjp(x: f64, y: f64, d_out: f64)"),
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
                "f_vjp" | "f_jvp" => assert!(cut, "{name} is not cut:\n{body}"),
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
    /// the generated code while working on the macro.
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
