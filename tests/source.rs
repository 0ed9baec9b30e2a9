//! Choosing the dataset: bundled ids, same-origin URLs, refused origins.

use shinchoku::core::source::{origin_of, resolve, DatasetIndex, DatasetSource, SourceError};

fn index() -> DatasetIndex {
    serde_json::from_str(include_str!("../data/index.json")).unwrap()
}

const PAGE: &str = "https://intranet.example";

#[test]
fn the_bundled_index_names_the_default() {
    let i = index();
    assert_eq!(
        resolve(&i, None, None, PAGE),
        Ok(DatasetSource::Bundled {
            id: "fy2022".into(),
            url: "data/fy2022.json".into()
        })
    );
    assert_eq!(
        resolve(&i, Some("fy2099"), None, PAGE),
        Err(SourceError::UnknownDataset("fy2099".into()))
    );
}

#[test]
fn same_origin_and_relative_urls_are_allowed() {
    let i = index();
    for url in [
        "other.json",
        "./x/y.json",
        "/abs/path.json",
        "https://intranet.example/z.json",
        "HTTPS://INTRANET.EXAMPLE/z.json",
        "?q=1",
    ] {
        assert_eq!(
            resolve(&i, None, Some(url), PAGE),
            Ok(DatasetSource::External { url: url.into() }),
            "{url}"
        );
    }
}

#[test]
fn other_origins_are_refused_unless_allowed() {
    let mut i = index();
    for url in [
        "https://evil.example/fake.json",
        "//evil.example/x.json",
        "http://intranet.example/x.json",
        "https://intranet.example.evil.example/x",
        "https://user@evil.example/x",
        "https://intranet.example:8443/x",
    ] {
        assert!(
            matches!(
                resolve(&i, None, Some(url), PAGE),
                Err(SourceError::ForeignOrigin { .. })
            ),
            "{url}"
        );
    }
    i.allowed_origins.push("https://evil.example/".into());
    assert!(resolve(&i, None, Some("https://evil.example/fake.json"), PAGE).is_ok());
}

#[test]
fn scripts_and_data_urls_are_refused() {
    let i = index();
    for url in [
        "javascript:alert(1)",
        "JavaScript:alert(1)",
        "data:application/json,{}",
        "file:///etc/passwd",
    ] {
        assert!(
            matches!(
                resolve(&i, None, Some(url), PAGE),
                Err(SourceError::BadScheme(_))
            ),
            "{url}"
        );
    }
}

#[test]
fn origins() {
    assert_eq!(
        origin_of("https://a.example:8080/x?y", "https"),
        Ok(Some("https://a.example:8080".into()))
    );
    assert_eq!(
        origin_of("//a.example/x", "http"),
        Ok(Some("http://a.example".into()))
    );
    assert_eq!(origin_of("data/x.json", "https"), Ok(None));
    assert_eq!(origin_of("a/b:c.json", "https"), Ok(None));
}
