//! Parts of sequences in the reference interpreter, as std defines them:
//! `split_at` (a pair of arrays), `first` and `last` (options), `to_vec`
//! and `vec![a, b, ..]`; `push` and `extend_from_slice`.

use super::*;

/// `recv.name(args)` if it is one of these methods of a sequence.
pub(super) fn seq_method(name: &str, recv: &V, args: &[V]) -> Option<R<V>> {
    let V::Arr(items) = recv else { return None };
    Some(match (name, args) {
        ("to_vec", []) => Ok(recv.clone()),
        ("first", []) => Ok(opt(items.first().cloned())),
        ("last", []) => Ok(opt(items.last().cloned())),
        ("split_at", [V::I(k)]) => match usize::try_from(*k) {
            Ok(k) if k <= items.len() => {
                let (l, r) = items.split_at(k);
                Ok(V::Tup(vec![V::Arr(l.to_vec()), V::Arr(r.to_vec())]))
            }
            _ => Err(format!("split_at({k}) of {} elements", items.len())),
        },
        _ => return None,
    })
}

/// `v.push(e)` (`name` is `push`) or `v.extend_from_slice(e)`, on the
/// variable's value `v`.
pub(super) fn grow(v: &mut V, name: &str, e: V) -> R<()> {
    let V::Arr(items) = v else {
        return Err(format!("{name} onto {v:?}"));
    };
    match (name, e) {
        ("push", e) => items.push(e),
        (_, V::Arr(more)) => items.extend(more),
        (_, e) => return Err(format!("extend_from_slice of {e:?}")),
    }
    Ok(())
}

impl Machine<'_, '_> {
    /// `vec![a, b, ..]`.
    pub(super) fn vec_list(&mut self, mac: &syn::Macro) -> R<Result<V, Flow>> {
        let items = mac
            .parse_body_with(syn::punctuated::Punctuated::<Expr, syn::Token![,]>::parse_terminated)
            .map_err(|e| e.to_string())?;
        let mut out = Vec::new();
        for e in &items {
            match self.expr(e)? {
                Ok(v) => out.push(v),
                Err(f) => return Ok(Err(f)),
            }
        }
        Ok(Ok(V::Arr(unify(out))))
    }
}
