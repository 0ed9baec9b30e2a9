//! Lists of views as one type. Leptos renders a `Vec` of views with code
//! compiled for each kind of item; every list of the app is a `Vec<AnyView>`
//! instead, so that code is compiled once (about 3 KB gzip of wasm).

use leptos::prelude::*;

/// Collects views into the one list type; use it where `collect_view`
/// would be.
pub trait Listed: Iterator + Sized
where
    Self::Item: IntoView,
{
    /// The views, each erased to [`AnyView`].
    fn listed(self) -> Vec<AnyView> {
        self.map(|view| view.into_view().into_any()).collect()
    }
}

impl<I: Iterator> Listed for I where I::Item: IntoView {}
