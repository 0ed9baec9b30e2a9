//! Choosing the dataset: bundled ids, and the rule for `?data=` over the URL
//! the browser resolved (`new URL(value, location.href).href`): http(s)
//! only, and the page's own origin unless `allowed_origins` says otherwise.

use shinchoku::core::dataset::source::{
    check_final, check_resolved, origin_of, resolve, DatasetIndex, DatasetSource, SourceError,
};

fn index() -> DatasetIndex {
    serde_json::from_str(include_str!("../data/index.json")).unwrap()
}

const PAGE: &str = "https://intranet.example";

fn check(href: &str) -> Result<String, SourceError> {
    check_resolved(href, PAGE, &[])
}

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
fn same_origin_urls_are_fetched_as_resolved() {
    // What the browser makes of `other.json`, `./x/y.json`, `/abs/path.json`,
    // `HTTPS://INTRANET.EXAMPLE/z.json`, `?q=1` on https://intranet.example/app/.
    for href in [
        "https://intranet.example/app/other.json",
        "https://intranet.example/app/x/y.json",
        "https://intranet.example/abs/path.json",
        "https://intranet.example/z.json",
        "https://intranet.example/app/?q=1",
        "https://intranet.example/a?c=\\d",
    ] {
        assert_eq!(check(href), Ok(href.to_string()), "{href}");
        assert_eq!(
            resolve(&index(), None, Some(href), PAGE),
            Ok(DatasetSource::External { url: href.into() }),
            "{href}"
        );
    }
}

#[test]
fn default_ports_are_the_same_origin() {
    assert!(check("https://intranet.example:443/x.json").is_ok());
    assert!(check_resolved(
        "https://intranet.example/x",
        "https://intranet.example:443",
        &[]
    )
    .is_ok());
    assert!(check_resolved("http://a.example:80/x", "http://a.example", &[]).is_ok());
    assert_eq!(
        origin_of("https://A.Example:443/x"),
        Ok("https://a.example".into())
    );
    assert_eq!(
        origin_of("http://a.example:443/x"),
        Ok("http://a.example:443".into())
    );
}

#[test]
fn other_origins_are_refused_unless_allowed() {
    for (href, origin) in [
        ("https://evil.example/fake.json", "https://evil.example"),
        // `//evil.example/x.json`, protocol-relative, as resolved.
        ("https://evil.example/x.json", "https://evil.example"),
        // http on an https page.
        ("http://intranet.example/x.json", "http://intranet.example"),
        (
            "https://intranet.example.evil.example/x",
            "https://intranet.example.evil.example",
        ),
        // User info before the host.
        (
            "https://intranet.example@evil.example/x",
            "https://evil.example",
        ),
        (
            "https://intranet.example:8443/x",
            "https://intranet.example:8443",
        ),
        // `/\evil.example/x` and `https:\\evil.example`, as resolved.
        ("https://evil.example/x", "https://evil.example"),
    ] {
        assert_eq!(
            check(href),
            Err(SourceError::ForeignOrigin {
                url: href.into(),
                origin: origin.into()
            }),
            "{href}"
        );
    }
    let allowed = [
        "https://stats.example/".to_string(),
        "HTTPS://CDN.EXAMPLE:443".to_string(),
    ];
    for href in ["https://stats.example/fake.json", "https://cdn.example/x"] {
        assert_eq!(check_resolved(href, PAGE, &allowed), Ok(href.into()));
    }
    assert!(check_resolved("https://evil.example/x", PAGE, &allowed).is_err());
    let mut i = index();
    i.allowed_origins.push("https://evil.example/".into());
    assert!(resolve(&i, None, Some("https://evil.example/fake.json"), PAGE).is_ok());
}

#[test]
fn scripts_data_blob_and_file_urls_are_refused() {
    for href in [
        "javascript:alert(1)",
        "JavaScript:alert(1)",
        "data:application/json,{}",
        "blob:https://intranet.example/0b6c1b5e-3f0a-4c5e-9d8e-2a1f0c9b7e11",
        "file:///etc/passwd",
        "ftp://intranet.example/x.json",
        "about:blank",
    ] {
        assert_eq!(
            check(href),
            Err(SourceError::BadScheme(href.into())),
            "{href}"
        );
    }
}

#[test]
fn anything_not_resolved_by_the_browser_is_refused() {
    // The rule does not guess what the browser would do: relative or
    // unserialised values (spaces, tabs, backslashes in the host) are refused.
    for href in [
        "",
        "data/x.json",
        "/abs.json",
        "//evil.example/x.json",
        " https://intranet.example/x",
        "https://intranet.example/x y",
        "java\tscript:alert(1)",
        "da\nta:application/json,{}",
        "https:\\\\evil.example/x",
        "https://evil.example\\@intranet.example/x",
        "https:evil.example/x",
        "https:///x",
        "https://intranet.example:99999/x",
        "https://intranet.example:x/x",
        "https://ｅｖｉｌ.example/x",
    ] {
        assert_eq!(
            check(href),
            Err(SourceError::BadUrl(href.into())),
            "{href:?}"
        );
    }
}

#[test]
fn ipv6_hosts_keep_their_port() {
    assert_eq!(
        origin_of("http://[::1]:8080/x"),
        Ok("http://[::1]:8080".into())
    );
    assert!(check_resolved("http://[::1]:8080/x", "http://[::1]:8080", &[]).is_ok());
    assert!(check_resolved("http://[::1]:8081/x", "http://[::1]:8080", &[]).is_err());
}

#[test]
fn refusals_say_why() {
    let foreign = check("https://evil.example/x").unwrap_err().to_string();
    assert!(foreign.contains("https://evil.example"), "{foreign}");
    assert!(foreign.contains("allowed_origins"), "{foreign}");
    let scheme = check("data:,x").unwrap_err().to_string();
    assert!(
        scheme.contains("data:,x") && scheme.contains("http"),
        "{scheme}"
    );
    let bad = SourceError::BadUrl("http://[".into()).to_string();
    assert!(bad.contains("http://["), "{bad}");
}

#[test]
fn a_redirect_may_not_leave_the_allowed_origins() {
    let asked = "https://intranet.example/app/data.json";
    // The browser followed a redirect to another site that lets anyone read it.
    assert_eq!(
        check_final(asked, "https://evil.example/fake.json", PAGE, &[]),
        Err(SourceError::RedirectedAway {
            url: asked.into(),
            to: "https://evil.example/fake.json".into(),
            origin: "https://evil.example".into(),
        })
    );
    let message = check_final(asked, "http://intranet.example/x.json", PAGE, &[])
        .unwrap_err()
        .to_string();
    assert!(
        message.contains(asked)
            && message.contains("redirected to http://intranet.example/x.json")
            && message.contains("(http://intranet.example)"),
        "{message}"
    );
    // Within the page's origin, or to an allowed one, the data comes from
    // where the redirect led, and that is the URL named.
    assert_eq!(
        check_final(asked, "https://intranet.example/moved/data.json", PAGE, &[]),
        Ok("https://intranet.example/moved/data.json".into())
    );
    let allowed = ["https://stats.example".to_string()];
    assert_eq!(
        check_final(asked, "https://stats.example/d.json", PAGE, &allowed),
        Ok("https://stats.example/d.json".into())
    );
    // No redirect: the URL asked for.
    assert_eq!(check_final(asked, asked, PAGE, &[]), Ok(asked.into()));
    assert_eq!(check_final(asked, "", PAGE, &[]), Ok(asked.into()));
}
