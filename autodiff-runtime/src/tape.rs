//! The tape: loop intermediates kept for the reverse sweep.
//!
//! Reverse mode runs a function forward, then walks it backwards. Straight-line
//! code can keep every intermediate in its own local variable, but a loop
//! overwrites its variables on every iteration, while the reverse sweep needs
//! each iteration's values again, last iteration first. The forward sweep
//! therefore pushes, at the end of each iteration, the values the body is about
//! to overwrite, and the reverse sweep pops them back in the opposite order:
//! a last-in, first-out stack.
//!
//! Generated code uses one [`Tape`] per loop body, holding whatever that body
//! needs to save for one iteration, and reserves it once, before the loop,
//! when the trip count is known, so the forward sweep does not reallocate.
//!
//! # What is stored
//!
//! The reverse sweep of a loop body re-runs cheap arithmetic instead of
//! storing it; a value goes on the tape only when the reverse sweep could not
//! get it otherwise. Per iteration, generated code stores exactly:
//!
//! - the loop-carried values (the body's state at the start of the
//!   iteration) that the adjoint reads, such as `x` in `s = s * x` where `x`
//!   is carried, but not an accumulator like `s` in `s += t`, whose value no
//!   derivative needs;
//! - the results of inner loops and of `if`s in the body that the adjoint
//!   reads, since re-running those would cost more than the stored floats;
//! - elements read from an array that the body itself builds or that the
//!   loop carries (the reverse sweep cannot see that array's old contents);
//!   the element is stored, not the array;
//! - a small fixed-size array (up to 64 floats) that the body builds and
//!   that an inner loop reads: the array, once per iteration, so that the
//!   inner reverse loop reads it again instead of storing one float per
//!   read (the hidden layer of a network, read by the next layer's loop);
//! - the result of a transcendental call (`tanh`, `exp`, `ln`, ...) that the
//!   adjoint reads, which costs more to re-run than to store; not the
//!   result of one whose derivative ignores it (`sin' = cos x`).
//!
//! It does not store values computed before the loop (in SSA form nothing is
//! ever overwritten, so they are still there when the reverse sweep runs),
//! the loop index (the reverse loop runs the same range backwards), or
//! anything the adjoint does not read. A `while` loop stores only the number
//! of iterations in addition, as a plain counter. Code without loops has no
//! tape at all and allocates nothing; a loop whose adjoint needs nothing from
//! its iterations (a sum of squares of an input slice) has none either.
//!
//! For example, 1 000 explicit-Euler steps of `(x, v)` store 2 floats per
//! step, 16 KB in all, which is the minimum for that loop: each step's
//! derivative depends on the state it started from.
//!
//! ```
//! use autodiff_runtime::Tape;
//!
//! // f(x) = x^(2^n) by repeated squaring; f'(x) needs every intermediate.
//! let (x, n) = (1.1_f64, 3);
//! let mut tape = Tape::new();
//! tape.reserve(n);
//! let mut v = x;
//! for _ in 0..n {
//!     tape.push(v);
//!     v = v * v;
//! }
//! let mut v_bar = 1.0;
//! for _ in 0..n {
//!     let v_old = tape.pop();
//!     v_bar *= 2.0 * v_old;
//! }
//! assert!(tape.is_empty());
//! assert!((v_bar - 8.0 * x.powi(7)).abs() < 1e-12);
//! ```

/// A typed last-in, first-out stack of loop intermediates.
///
/// A thin wrapper around a [`Vec`]: the wrapper exists to name the intent in
/// generated code and to turn a pop from an empty tape, which would be a bug in
/// the code generator, into a clear panic message.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Tape<T> {
    values: Vec<T>,
}

impl<T> Tape<T> {
    /// Creates an empty tape without allocating.
    ///
    /// ```
    /// use autodiff_runtime::Tape;
    ///
    /// let tape = Tape::<f64>::new();
    /// assert_eq!(tape.capacity(), 0);
    /// ```
    #[inline]
    #[must_use]
    pub const fn new() -> Self {
        Self { values: Vec::new() }
    }

    /// Reserves room for at least `additional` more values.
    ///
    /// ```
    /// use autodiff_runtime::Tape;
    ///
    /// let mut tape = Tape::<f64>::new();
    /// tape.reserve(100);
    /// assert!(tape.capacity() >= 100);
    /// assert!(tape.is_empty());
    /// ```
    #[inline]
    pub fn reserve(&mut self, additional: usize) {
        let before = self.values.capacity();
        self.values.reserve(additional);
        self.track(before);
    }

    /// Pushes a value onto the tape.
    ///
    /// ```
    /// use autodiff_runtime::Tape;
    ///
    /// let mut tape = Tape::new();
    /// tape.push(1.0_f64);
    /// assert_eq!(tape.len(), 1);
    /// ```
    #[inline]
    pub fn push(&mut self, value: T) {
        let before = self.values.capacity();
        self.values.push(value);
        if self.values.capacity() != before {
            self.track(before);
        }
    }

    /// Records a change of capacity in this thread's [`stats`].
    #[inline]
    fn track(&self, before: usize) {
        let size = size_of::<T>();
        let (old, new) = (before * size, self.values.capacity() * size);
        if new != old {
            LIVE.with(|l| {
                let live = l.get() + new - old;
                l.set(live);
                PEAK.with(|p| p.set(p.get().max(live)));
            });
        }
    }

    /// Pops the value pushed last.
    ///
    /// ```
    /// use autodiff_runtime::Tape;
    ///
    /// let mut tape = Tape::new();
    /// tape.push(1.0_f64);
    /// tape.push(2.0);
    /// assert_eq!(tape.pop(), 2.0);
    /// assert_eq!(tape.pop(), 1.0);
    /// ```
    ///
    /// # Panics
    ///
    /// If the tape is empty. Generated code pops exactly what it pushed, so
    /// this indicates a bug in `autodiff`, not in the caller.
    #[inline]
    #[track_caller]
    pub fn pop(&mut self) -> T {
        match self.values.pop() {
            Some(value) => value,
            None => underflow(),
        }
    }

    /// Number of values on the tape.
    ///
    /// ```
    /// use autodiff_runtime::Tape;
    ///
    /// let mut tape = Tape::new();
    /// tape.push([0.0_f64; 3]);
    /// assert_eq!(tape.len(), 1);
    /// ```
    #[inline]
    #[must_use]
    pub fn len(&self) -> usize {
        self.values.len()
    }

    /// Whether the tape holds no values.
    ///
    /// ```
    /// use autodiff_runtime::Tape;
    ///
    /// assert!(Tape::<f32>::new().is_empty());
    /// ```
    #[inline]
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.values.is_empty()
    }

    /// Number of values the tape can hold without reallocating.
    ///
    /// ```
    /// use autodiff_runtime::Tape;
    ///
    /// let mut tape = Tape::<u8>::new();
    /// tape.reserve(10);
    /// assert!(tape.capacity() >= 10);
    /// ```
    #[inline]
    #[must_use]
    pub fn capacity(&self) -> usize {
        self.values.capacity()
    }

    /// Bytes of value storage allocated, `capacity() * size_of::<T>()`.
    ///
    /// Meant for reporting the memory cost of a reverse sweep; it counts
    /// reserved space, not just the values currently on the tape.
    ///
    /// ```
    /// use autodiff_runtime::Tape;
    ///
    /// let mut tape = Tape::<f64>::new();
    /// tape.reserve(4);
    /// assert_eq!(tape.bytes(), tape.capacity() * 8);
    /// ```
    #[inline]
    #[must_use]
    pub fn bytes(&self) -> usize {
        self.values.capacity() * size_of::<T>()
    }
}

impl<T> Drop for Tape<T> {
    fn drop(&mut self) {
        let bytes = self.bytes();
        LIVE.with(|l| l.set(l.get().saturating_sub(bytes)));
    }
}

thread_local! {
    static LIVE: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
    static PEAK: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

/// Memory held by the tapes of this thread: what is allocated now and the
/// most since the last [`reset_peak`], in bytes of capacity.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TapeStats {
    /// Bytes of tape capacity allocated now.
    pub live: usize,
    /// The largest `live` since the last [`reset_peak`].
    pub peak: usize,
}

/// This thread's tape memory, for measuring what a gradient stores.
///
/// ```
/// use autodiff_runtime::tape::{reset_peak, stats, Tape};
///
/// reset_peak();
/// {
///     let mut t = Tape::<f64>::new();
///     t.reserve(1000);
///     assert_eq!(stats().live, 8000);
/// }
/// assert_eq!(stats(), autodiff_runtime::tape::TapeStats { live: 0, peak: 8000 });
/// ```
pub fn stats() -> TapeStats {
    TapeStats {
        live: LIVE.with(std::cell::Cell::get),
        peak: PEAK.with(std::cell::Cell::get),
    }
}

/// Starts a new peak measurement from what is live now.
pub fn reset_peak() {
    let live = LIVE.with(std::cell::Cell::get);
    PEAK.with(|p| p.set(live));
}

impl<T> Default for Tape<T> {
    /// Same as [`Tape::new`].
    #[inline]
    fn default() -> Self {
        Self::new()
    }
}

#[cold]
#[inline(never)]
#[track_caller]
fn underflow() -> ! {
    panic!("autodiff tape underflow: internal error, please report")
}

/// The snapshot interval of a `#[checkpoint]` loop of `n` iterations when
/// none is given: ⌈√n⌉, which minimises snapshots plus one segment's
/// records for fixed-interval checkpointing.
///
/// ```
/// assert_eq!(autodiff_runtime::tape::checkpoint_interval(10_000), 100);
/// assert_eq!(autodiff_runtime::tape::checkpoint_interval(0), 1);
/// ```
#[must_use]
pub fn checkpoint_interval(n: usize) -> usize {
    let mut k = (n as f64).sqrt() as usize;
    while k * k < n {
        k += 1;
    }
    k.max(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pops_in_reverse_push_order() {
        let mut tape = Tape::new();
        for i in 0..5 {
            tape.push(i);
        }
        assert_eq!(tape.len(), 5);
        let popped: Vec<i32> = (0..5).map(|_| tape.pop()).collect();
        assert_eq!(popped, [4, 3, 2, 1, 0]);
        assert!(tape.is_empty());
    }

    #[test]
    fn interleaved_push_and_pop() {
        let mut tape = Tape::new();
        tape.push((1.0_f64, 1_usize));
        tape.push((2.0, 2));
        assert_eq!(tape.pop(), (2.0, 2));
        tape.push((3.0, 3));
        assert_eq!(tape.pop(), (3.0, 3));
        assert_eq!(tape.pop(), (1.0, 1));
    }

    #[test]
    fn new_and_default_do_not_allocate() {
        let tape = Tape::<f64>::new();
        assert_eq!((tape.capacity(), tape.bytes()), (0, 0));
        let tape = Tape::<[f64; 4]>::default();
        assert_eq!((tape.capacity(), tape.bytes()), (0, 0));
    }

    #[test]
    fn reserve_avoids_reallocation() {
        let mut tape = Tape::<f64>::new();
        tape.reserve(1000);
        let capacity = tape.capacity();
        assert!(capacity >= 1000);
        assert_eq!(tape.bytes(), capacity * 8);
        for i in 0..1000 {
            tape.push(f64::from(i));
        }
        assert_eq!(tape.capacity(), capacity);
        assert_eq!(tape.len(), 1000);
    }

    #[test]
    fn zero_sized_values_take_no_bytes() {
        let mut tape = Tape::new();
        tape.push(());
        assert_eq!(tape.bytes(), 0);
        tape.pop();
        assert!(tape.is_empty());
    }

    #[test]
    #[should_panic(expected = "autodiff tape underflow: internal error, please report")]
    fn empty_pop_panics_with_a_clear_message() {
        let mut tape = Tape::<f64>::new();
        tape.push(1.0);
        let _ = tape.pop();
        let _ = tape.pop();
    }
}
