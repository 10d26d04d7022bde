//! Control flow: `if` and loops, with their carried state.

use super::Emitter;
use super::exprs::prec;
use crate::ir::{Block, ForLoop, Inst, Value, WhileLoop};
use proc_macro2::TokenStream;
use quote::quote;

impl Emitter<'_> {
    pub(super) fn if_inst(
        &self,
        cond: Value,
        then_block: &Block,
        else_block: &Block,
        results: &[Value],
    ) -> TokenStream {
        let c = self.read(cond);
        let ts = self.stmts(then_block);
        let ty = self.block_yields(then_block);
        let es = self.stmts(else_block);
        let ey = self.block_yields(else_block);
        if results.is_empty() {
            return quote!(if #c { #ts } else { #es });
        }
        let lhs = self.lhs(results);
        quote!(#lhs = if #c { #ts #ty } else { #es #ey };)
    }

    fn block_yields(&self, block: &Block) -> TokenStream {
        let at = self.block_end(block);
        self.tuple(&block.yields, at)
    }

    pub(super) fn block_end(&self, block: &Block) -> usize {
        self.block_end
            .get(&(block as *const Block))
            .copied()
            .unwrap_or(usize::MAX)
    }

    /// A `for` loop over a range.
    pub(super) fn for_loop(&self, inst: &Inst, l: &ForLoop) -> TokenStream {
        self.loop_inst(inst, &l.params, &l.inits, &l.body, || {
            let i = self.fresh(l.index);
            debug_assert!(!self.inlined.contains(l.index));
            self.bind(l.index, i.clone());
            let (lo, hi) = (
                self.read_at(l.lo, prec::UNARY),
                self.read_at(l.hi, prec::UNARY),
            );
            let range = match (l.inclusive, l.reversed) {
                (false, false) => quote!(#lo..#hi),
                (true, false) => quote!(#lo..=#hi),
                (false, true) => quote!((#lo..#hi).rev()),
                (true, true) => quote!((#lo..=#hi).rev()),
            };
            quote!(for #i in #range)
        })
    }

    /// A `while` loop, its condition a block.
    pub(super) fn while_loop(&self, inst: &Inst, l: &WhileLoop) -> TokenStream {
        self.loop_inst(inst, &l.params, &l.inits, &l.body, || {
            let cs = self.stmts(&l.cond);
            let c = self.read(l.cond.yields[0]);
            quote!(while { #cs #c })
        })
    }

    /// A loop: its carried state in `let mut` variables, the body, then the
    /// next state assigned (in parallel, through temporaries); `head` makes
    /// the `for` or `while` head, after the body.
    fn loop_inst(
        &self,
        inst: &Inst,
        params: &[Value],
        inits: &[Value],
        body: &Block,
        head: impl FnOnce() -> TokenStream,
    ) -> TokenStream {
        let at = self.here(inst);
        let mut setup = TokenStream::new();
        let mut vars = Vec::new();
        for (p, init) in params.iter().zip(inits) {
            let var = self.fresh(*p);
            self.declare(&var, true, self.annotation(*p));
            let value = self.read_owned(*init, at);
            setup.extend(quote!(#var = #value;));
            self.bind(*p, var.clone());
            vars.push(var);
        }
        let body_stmts = self.stmts(body);
        let end = self.block_end(body);
        // The next state, assigned in parallel (each value is read before
        // any variable is assigned).
        let mut targets = Vec::new();
        let mut values = Vec::new();
        for (k, y) in body.yields.iter().enumerate() {
            if !self.inlined.contains(*y) && self.var(*y) == vars[k] {
                continue;
            }
            values.push(self.read_owned(*y, end));
            targets.push(&vars[k]);
        }
        let assigns = match (targets.as_slice(), values.as_slice()) {
            ([], _) => quote!(),
            ([t], [v]) => quote!(#t = #v;),
            _ => quote!((#(#targets),*) = (#(#values),*);),
        };
        let head = head();
        for (r, var) in inst.results.iter().zip(&vars) {
            self.bind(*r, var.clone());
        }
        quote! {
            #setup
            #head {
                #body_stmts
                #assigns
            }
        }
    }
}
