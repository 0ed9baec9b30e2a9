//! A value fetched from a source that signals decide: what Leptos's
//! `LocalResource` does, without its async machinery (async locks, event
//! listeners, transitions), which nothing else in the app needs.

use std::cell::Cell;
use std::future::Future;
use std::rc::Rc;

use leptos::prelude::*;
use leptos::task::spawn_local;

/// The result of the future `start` makes: `None` while it runs. When a
/// signal that `start` reads (not the future: `start` itself) changes, the
/// value is `None` again and a new future runs; an older one's result,
/// arriving late, is dropped.
pub fn fetched<T, F>(start: impl Fn() -> F + 'static) -> ReadSignal<Option<T>, LocalStorage>
where
    T: 'static,
    F: Future<Output = T> + 'static,
{
    let value = RwSignal::new_local(None::<T>);
    let runs = Rc::new(Cell::new(0u64));
    Effect::new(move |_| {
        let future = start();
        let run = runs.get() + 1;
        runs.set(run);
        value.set(None);
        let runs = Rc::clone(&runs);
        spawn_local(async move {
            let result = future.await;
            if runs.get() == run {
                value.set(Some(result));
            }
        });
    });
    value.read_only()
}
