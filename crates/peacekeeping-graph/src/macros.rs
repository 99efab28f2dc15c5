//! `setters!`: the chained setters of an options struct, one per field and named after
//! it, as the conventions of `docs/architecture.md` ask.

/// `setters!(Type { field: type, ... })` writes, for each field, `pub const fn
/// field(mut self, field: type) -> Self`, setting it and returning the options.
macro_rules! setters {
    ($ty:ident { $($field:ident: $t:ty),* $(,)? }) => {
        impl $ty {
            $(
                #[doc = concat!(
                    "Sets `", stringify!($field), "` (see the field of that name) and returns the ",
                    "options, for chaining: `", stringify!($ty), "::default().",
                    stringify!($field), "(..)`."
                )]
                #[must_use]
                pub const fn $field(mut self, $field: $t) -> Self {
                    self.$field = $field;
                    self
                }
            )*
        }
    };
}
