-- the key two wordings of one name share: no white space, no "指标1:" numbering, no punctuation, ASCII lowercased
-- (the text is NFKC-normalized by extraction already; sql/seeds/README.md describes the same rule)
create or replace macro normalize_name(name) as
    lower(
        regexp_replace(
            regexp_replace(
                regexp_replace(coalesce(name, ''), '\s+', '', 'g'),
                '^指标\d+[:：]', ''),
            '[，,、。：:；;“”"''‘’()（）《》<>【】\[\]\-—·.]', '', 'g')
    );
