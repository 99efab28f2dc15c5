//! Benchmarks of `peacekeeping-core`'s [`Dataset`] at the scale the issue asks for:
//!
//! > A `Dataset` of 1,000,000 contribution records (generated) builds and validates in
//! > under 1 s, holds in under 250 MB, and answers "personnel by contributor on a date"
//! > and "members of an organization on a date" in under 1 ms each once indexed.
//!
//! The records are **synthetic load data** made by [`synthetic_builder`], a deterministic
//! generator: realistic in shape (states with real ISO 3166-1 alpha-3 codes, a few
//! organizations, about 80 missions between 1990 and 2025, monthly personnel reports by
//! category and sex), but every figure, date and mission is made up.
//!
//! Before the benchmarks run, the heap held by the built dataset is measured with
//! `stats_alloc` and printed once; a warning line is printed if it exceeds 250 MB.
//!
//! Run with `cargo bench -p peacekeeping-benches --bench core`; add `-- --test` to run each
//! benchmark once as a smoke test.

use std::alloc::System;
use std::hint::black_box;
use std::time::{Duration, Instant};

use criterion::{BatchSize, Criterion, SamplingMode};
use peacekeeping_core::{
    Actor, ActorId, ActorKind, Contribution, CountryCode, Dataset, DatasetBuilder, Date, DayRule,
    Headcount, Membership, MembershipStatus, Mission, MissionId, MissionKind, Period, Personnel,
    PersonnelCategory,
};
use stats_alloc::{INSTRUMENTED_SYSTEM, Region, StatsAlloc};

#[global_allocator]
static GLOBAL: &StatsAlloc<System> = &INSTRUMENTED_SYSTEM;

/// How many contribution records the synthetic dataset holds.
const RECORDS: usize = 1_000_000;
/// How many missions it holds.
const MISSIONS: u32 = 80;
/// Reporting months run from January 1990 (month 0) to December 2025.
const FIRST_YEAR: i32 = 1990;
const MONTHS: u32 = 36 * 12;
/// The budgets of the issue.
const HEAP_BUDGET_MB: f64 = 250.0;

/// The 193 UN member states by ISO 3166-1 alpha-3 code.
const STATES: [&str; 193] = [
    "AFG", "ALB", "DZA", "AND", "AGO", "ATG", "ARG", "ARM", "AUS", "AUT", "AZE", "BHS", "BHR",
    "BGD", "BRB", "BLR", "BEL", "BLZ", "BEN", "BTN", "BOL", "BIH", "BWA", "BRA", "BRN", "BGR",
    "BFA", "BDI", "CPV", "KHM", "CMR", "CAN", "CAF", "TCD", "CHL", "CHN", "COL", "COM", "COG",
    "CRI", "CIV", "HRV", "CUB", "CYP", "CZE", "PRK", "COD", "DNK", "DJI", "DMA", "DOM", "ECU",
    "EGY", "SLV", "GNQ", "ERI", "EST", "SWZ", "ETH", "FJI", "FIN", "FRA", "GAB", "GMB", "GEO",
    "DEU", "GHA", "GRC", "GRD", "GTM", "GIN", "GNB", "GUY", "HTI", "HND", "HUN", "ISL", "IND",
    "IDN", "IRN", "IRQ", "IRL", "ISR", "ITA", "JAM", "JPN", "JOR", "KAZ", "KEN", "KIR", "KWT",
    "KGZ", "LAO", "LVA", "LBN", "LSO", "LBR", "LBY", "LIE", "LTU", "LUX", "MDG", "MWI", "MYS",
    "MDV", "MLI", "MLT", "MHL", "MRT", "MUS", "MEX", "FSM", "MCO", "MNG", "MNE", "MAR", "MOZ",
    "MMR", "NAM", "NRU", "NPL", "NLD", "NZL", "NIC", "NER", "NGA", "MKD", "NOR", "OMN", "PAK",
    "PLW", "PAN", "PNG", "PRY", "PER", "PHL", "POL", "PRT", "QAT", "KOR", "MDA", "ROU", "RUS",
    "RWA", "KNA", "LCA", "VCT", "WSM", "SMR", "STP", "SAU", "SEN", "SRB", "SYC", "SLE", "SGP",
    "SVK", "SVN", "SLB", "SOM", "ZAF", "SSD", "ESP", "LKA", "SDN", "SUR", "SWE", "CHE", "SYR",
    "TJK", "THA", "TLS", "TGO", "TON", "TTO", "TUN", "TUR", "TKM", "TUV", "UGA", "UKR", "ARE",
    "GBR", "TZA", "USA", "URY", "UZB", "VUT", "VEN", "VNM", "YEM", "ZMB", "ZWE",
];

/// Regional organizations and their member states. Withdrawals and suspensions are added
/// by [`synthetic_builder`].
const REGIONAL: [(&str, &str, &[&str]); 5] = [
    (
        "AU",
        "African Union",
        &[
            "DZA", "AGO", "BEN", "BWA", "BFA", "BDI", "CPV", "CMR", "CAF", "TCD", "COM", "COG",
            "COD", "CIV", "DJI", "EGY", "GNQ", "ERI", "SWZ", "ETH", "GAB", "GMB", "GHA", "GIN",
            "GNB", "KEN", "LSO", "LBR", "LBY", "MDG", "MWI", "MLI", "MRT", "MUS", "MAR", "MOZ",
            "NAM", "NER", "NGA", "RWA", "STP", "SEN", "SYC", "SLE", "SOM", "ZAF", "SSD", "SDN",
            "TZA", "TGO", "TUN", "UGA", "ZMB", "ZWE",
        ],
    ),
    (
        "EU",
        "European Union",
        &[
            "AUT", "BEL", "BGR", "HRV", "CYP", "CZE", "DNK", "EST", "FIN", "FRA", "DEU", "GRC",
            "HUN", "IRL", "ITA", "LVA", "LTU", "LUX", "MLT", "NLD", "POL", "PRT", "ROU", "SVK",
            "SVN", "ESP", "SWE", "GBR",
        ],
    ),
    (
        "OAS",
        "Organization of American States",
        &[
            "ATG", "ARG", "BHS", "BRB", "BLZ", "BOL", "BRA", "CAN", "CHL", "COL", "CRI", "CUB",
            "DMA", "DOM", "ECU", "SLV", "GRD", "GTM", "GUY", "HTI", "HND", "JAM", "MEX", "NIC",
            "PAN", "PRY", "PER", "KNA", "LCA", "VCT", "SUR", "TTO", "USA", "URY", "VEN",
        ],
    ),
    (
        "ASEAN",
        "Association of Southeast Asian Nations",
        &[
            "BRN", "KHM", "IDN", "LAO", "MYS", "MMR", "PHL", "SGP", "THA", "VNM",
        ],
    ),
    (
        "ECOWAS",
        "Economic Community of West African States",
        &[
            "BEN", "BFA", "CPV", "CIV", "GMB", "GHA", "GIN", "GNB", "LBR", "MLI", "NER", "NGA",
            "SEN", "SLE", "TGO",
        ],
    ),
];

/// Memberships that ended on a known date (the United Kingdom left the EU; Mali, Burkina
/// Faso and Niger left ECOWAS).
const WITHDRAWALS: [(&str, &str, (i32, u32, u32)); 4] = [
    ("GBR", "EU", (2020, 1, 31)),
    ("MLI", "ECOWAS", (2025, 1, 29)),
    ("BFA", "ECOWAS", (2025, 1, 29)),
    ("NER", "ECOWAS", (2025, 1, 29)),
];

/// splitmix64: a tiny, fast, deterministic PRNG, plenty for synthetic data.
struct SplitMix64(u64);

impl SplitMix64 {
    fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in `0..n`; `n` must not be 0.
    fn below(&mut self, n: u32) -> u32 {
        // The high 32 bits scaled to 0..n (Lemire's multiply-shift, without rejection).
        (((self.next_u64() >> 32) * u64::from(n)) >> 32) as u32
    }

    /// Uniform in `lo..=hi`.
    fn range(&mut self, lo: u32, hi: u32) -> u32 {
        lo + self.below(hi - lo + 1)
    }

    /// True with probability `percent` / 100.
    fn chance(&mut self, percent: u32) -> bool {
        self.below(100) < percent
    }

    /// A random day in the years `from..=to` (days 1 to 28, valid in every month).
    fn date(&mut self, from: u32, to: u32) -> Date {
        let year = self.range(from, to) as i32;
        day(year, self.range(1, 12), self.range(1, 28))
    }
}

fn day(year: i32, month: u32, d: u32) -> Date {
    Date::new(year, month, d).expect("the generator only makes valid dates")
}

/// The last day of reporting month `k` (month 0 is January 1990).
fn month_end(k: u32) -> Date {
    let january = day(FIRST_YEAR, 1, 31);
    january
        .checked_add_months(k as i32, DayRule::KeepMonthEnd)
        .expect("the generator's months are dates")
}

fn actor_id(id: &str) -> ActorId {
    id.parse().expect("a valid actor id")
}

/// One contributor's stay in one mission: reports every month `first..=last`.
struct Tenure {
    contributor: ActorId,
    first: u32,
    last: u32,
    troops: u32,
    staff_officers: u32,
    experts: u32,
    formed_police: u32,
    individual_police: u32,
    /// Share of women, in percent.
    women: u32,
}

impl Tenure {
    /// This month's report: the tenure's strength, give or take 5%.
    fn personnel(&self, rng: &mut SplitMix64) -> Personnel {
        let mut p = Personnel::default();
        let categories = [
            (PersonnelCategory::Troops, self.troops, self.women),
            (
                PersonnelCategory::StaffOfficers,
                self.staff_officers,
                self.women,
            ),
            (
                PersonnelCategory::ExpertsOnMission,
                self.experts,
                self.women,
            ),
            (
                PersonnelCategory::FormedPoliceUnits,
                self.formed_police,
                self.women + 5,
            ),
            (
                PersonnelCategory::IndividualPolice,
                self.individual_police,
                self.women + 10,
            ),
        ];
        for (category, base, women) in categories {
            if base == 0 {
                continue;
            }
            let total = (base * rng.range(95, 105) / 100).max(1);
            let female = total * women / 100;
            p.set(category, Headcount::by_sex(total - female, female));
        }
        p
    }
}

/// One synthetic mission: its record, its reporting months and its contributors.
struct SyntheticMission {
    id: MissionId,
    first: u32,
    last: u32,
    tenures: Vec<Tenure>,
}

impl SyntheticMission {
    fn months(&self) -> u32 {
        self.last - self.first + 1
    }
}

/// Builds the synthetic dataset: 193 states, the UN and 5 regional organizations with a
/// membership for every state, 80 missions between 1990 and 2025, and exactly 1,000,000
/// monthly personnel reports.
///
/// This is **synthetic load data** for benchmarks, deterministic (a fixed seed) and valid:
/// every report is dated on the last day of a month within its mission's period, and
/// (contributor, mission, date) is unique.
fn synthetic_builder() -> DatasetBuilder {
    let mut rng = SplitMix64(0x5EED_1990_2025);
    let mut b = Dataset::builder();

    // States and their UN membership.
    let un = actor_id("UN");
    b.actor(Actor::new(
        un.clone(),
        "United Nations",
        ActorKind::UnitedNations,
    ));
    for code in STATES {
        let id = actor_id(code);
        let state = Actor::state(id.clone(), format!("State {code}"))
            .expect("STATES holds ISO 3166-1 alpha-3 codes");
        b.actor(state);
        let joined = if rng.chance(25) {
            day(1945, 10, 24)
        } else {
            rng.date(1946, 2011)
        };
        b.membership(Membership::new(
            id,
            un.clone(),
            Period::since(joined),
            MembershipStatus::Full,
        ));
    }

    // Regional organizations: known withdrawals, and a few synthetic suspensions (a full
    // membership that ends, followed by a suspended one).
    for (org, name, members) in REGIONAL {
        let org = actor_id(org);
        b.actor(Actor::new(
            org.clone(),
            name,
            ActorKind::RegionalOrganization,
        ));
        for &member in members {
            let member = actor_id(member);
            let start = rng.date(1960, 2005);
            let withdrawal = WITHDRAWALS
                .iter()
                .find(|(m, o, _)| *m == member.as_str() && *o == org.as_str())
                .map(|&(_, _, (y, m, d))| day(y, m, d));
            let suspended = withdrawal.is_none() && rng.chance(6);
            let end = withdrawal.or_else(|| suspended.then(|| rng.date(2006, 2024)));
            let period = Period::new(start, end).expect("memberships end after 2005");
            b.membership(Membership::new(
                member.clone(),
                org.clone(),
                period,
                MembershipStatus::Full,
            ));
            if let (true, Some(end)) = (suspended, end) {
                b.membership(Membership::new(
                    member,
                    org.clone(),
                    Period::since(end.next_day()),
                    MembershipStatus::Suspended,
                ));
            }
        }
    }

    // Missions: most UN-led, some regional; started 1990-2014, running 5 to 36 years
    // (those that would run past 2025 are ongoing).
    let mut missions: Vec<SyntheticMission> = Vec::new();
    for i in 1..=MISSIONS {
        let id: MissionId = format!("PKO-{i:02}").parse().expect("a valid mission id");
        let first = rng.below(25 * 12);
        let wanted_last = first + rng.range(5 * 12, MONTHS);
        let (last, end) = if wanted_last >= MONTHS {
            (MONTHS - 1, None)
        } else {
            (wanted_last, Some(month_end(wanted_last)))
        };
        let start = month_end(first).first_of_month();
        let start = day(start.year(), start.month(), rng.range(1, 28));
        let period = Period::new(start, end).expect("missions end after they start");
        let (kind, lead) = match i % 8 {
            0 => (MissionKind::RegionalOperation, "AU"),
            4 => (MissionKind::RegionalOperation, "EU"),
            _ => (MissionKind::UnPeacekeeping, "UN"),
        };
        let host = STATES[rng.below(193) as usize];
        b.mission(
            Mission::new(
                id.clone(),
                format!("Synthetic peace operation {i}"),
                kind,
                period,
            )
            .with_lead(actor_id(lead))
            .with_host(CountryCode::new(host).expect("a valid country code")),
        );
        missions.push(SyntheticMission {
            id,
            first,
            last,
            tenures: Vec::new(),
        });
    }

    // Contributors: each round, each mission takes one more contributor with a
    // probability proportional to its length, until the tenures add up to exactly
    // RECORDS monthly reports (the last tenure is cut short to fit).
    let mut pools: Vec<Vec<usize>> = missions
        .iter()
        .map(|_| {
            let mut pool: Vec<usize> = (0..STATES.len()).collect();
            for i in (1..pool.len()).rev() {
                let j = rng.below(i as u32 + 1) as usize;
                pool.swap(i, j);
            }
            pool
        })
        .collect();
    let mut remaining = RECORDS as u32;
    while remaining > 0 {
        let mut progressed = false;
        for (m, pool) in missions.iter_mut().zip(&mut pools) {
            if remaining == 0 {
                break;
            }
            let months = m.months();
            if pool.is_empty() || rng.below(MONTHS) >= months {
                continue;
            }
            let Some(state) = pool.pop() else { continue };
            progressed = true;
            // Founding contributors arrive in the first month; others later. Stays
            // last at least a year, or what is left of the mission.
            let offset = if rng.chance(40) { 0 } else { rng.below(months) };
            let left = months - offset;
            let len = rng.range(left.min(12), left).min(remaining);
            remaining -= len;
            let big = rng.chance(35);
            m.tenures.push(Tenure {
                contributor: actor_id(STATES[state]),
                first: m.first + offset,
                last: m.first + offset + len - 1,
                troops: if big {
                    rng.range(150, 4_500)
                } else if rng.chance(40) {
                    rng.range(5, 250)
                } else {
                    0
                },
                staff_officers: rng.range(1, 40),
                experts: if rng.chance(60) { rng.range(1, 25) } else { 0 },
                formed_police: if rng.chance(15) {
                    140 * rng.range(1, 4)
                } else {
                    0
                },
                individual_police: if rng.chance(50) { rng.range(1, 120) } else { 0 },
                women: rng.range(2, 15),
            });
        }
        assert!(
            progressed || remaining == 0,
            "not enough mission-months for {RECORDS} reports"
        );
    }

    // The monthly reports, in the order an importer would produce them: by month, then
    // by mission.
    let mut contributions = Vec::with_capacity(RECORDS);
    for k in 0..MONTHS {
        let date = month_end(k);
        for m in missions.iter().filter(|m| (m.first..=m.last).contains(&k)) {
            for t in m.tenures.iter().filter(|t| (t.first..=t.last).contains(&k)) {
                contributions.push(Contribution::personnel(
                    t.contributor.clone(),
                    m.id.clone(),
                    date,
                    t.personnel(&mut rng),
                ));
            }
        }
    }
    assert_eq!(contributions.len(), RECORDS, "the generator's count is off");
    b.contributions(contributions);
    b
}

/// Builds a dataset, or panics with the start of the validation report.
fn build(builder: DatasetBuilder) -> Dataset {
    match builder.build() {
        Ok(data) => data,
        Err(e) => {
            let report: String = e.to_string().chars().take(2_000).collect();
            panic!("the synthetic dataset does not validate: {report}")
        }
    }
}

fn megabytes(bytes: usize) -> f64 {
    bytes as f64 / 1_000_000.0
}

/// Generates and builds the dataset once, measuring the heap it holds (bytes allocated
/// minus bytes freed while the records are generated and built: what is still held is the
/// dataset, records and indexes), and prints it.
fn measured_dataset() -> Dataset {
    let region = Region::new(GLOBAL);
    let builder = synthetic_builder();
    let records = region.change();
    let started = Instant::now();
    let data = build(builder);
    let elapsed = started.elapsed();
    let total = region.change();
    let held = |s: stats_alloc::Stats| s.bytes_allocated.saturating_sub(s.bytes_deallocated);
    let (records, total) = (held(records), held(total));
    eprintln!(
        "dataset: {} contributions, {} actors, {} memberships, {} missions",
        data.contributions().len(),
        data.actors().len(),
        data.memberships().len(),
        data.missions().len()
    );
    eprintln!(
        "dataset heap: {:.1} MB held ({:.1} MB records + {:.1} MB indexes); first build and validation took {:.3} s",
        megabytes(total),
        megabytes(records),
        megabytes(total.saturating_sub(records)),
        elapsed.as_secs_f64()
    );
    if megabytes(total) > HEAP_BUDGET_MB {
        eprintln!(
            "WARNING: the dataset holds {:.1} MB, over the {HEAP_BUDGET_MB} MB budget",
            megabytes(total)
        );
    }
    data
}

fn build_benches(c: &mut Criterion, template: &DatasetBuilder) {
    let mut group = c.benchmark_group("build_and_validate_1m");
    group
        .sampling_mode(SamplingMode::Flat)
        .sample_size(10)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(6));
    group.bench_function("build", |b| {
        b.iter_batched(
            || template.clone(),
            |builder| build(black_box(builder)),
            BatchSize::LargeInput,
        );
    });
    group.finish();

    let mut group = c.benchmark_group("validate_1m");
    group
        .sampling_mode(SamplingMode::Flat)
        .sample_size(10)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(6));
    group.bench_function("validate", |b| {
        b.iter(|| black_box(template).validate());
    });
    group.finish();
}

fn query_benches(c: &mut Criterion, data: &Dataset) {
    // Mid-month, so each mission's latest report is the one of the month before.
    let date = day(2015, 6, 15);
    let ranking = data.personnel_by_contributor_on(date);
    let top = ranking
        .first()
        .map(|(id, _)| (*id).clone())
        .expect("someone contributes in 2015");
    eprintln!(
        "on {date}: {} contributors in {} active missions; the largest, {top}, in {} missions; {} UN members",
        ranking.len(),
        data.missions_active_on(date).count(),
        data.deployments_of(&top, date).len(),
        data.members_on("UN", date).count()
    );

    let mut group = c.benchmark_group("personnel_by_contributor_on");
    group
        .sample_size(50)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(3));
    group.bench_function("2015-06-15", |b| {
        b.iter(|| data.personnel_by_contributor_on(black_box(date)));
    });
    group.finish();

    let mut group = c.benchmark_group("deployments_of");
    group
        .sample_size(50)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(3));
    group.bench_function(format!("{top}/2015-06-15"), |b| {
        b.iter(|| data.deployments_of(black_box(&top), black_box(date)));
    });
    group.finish();

    let mut group = c.benchmark_group("members_on");
    group
        .sample_size(50)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(3));
    for org in ["UN", "AU"] {
        group.bench_function(format!("{org}/2015-06-15"), |b| {
            b.iter(|| data.members_on(black_box(org), black_box(date)).count());
        });
    }
    group.finish();
}

fn main() {
    let data = measured_dataset();
    let template = synthetic_builder();
    let mut c = Criterion::default().configure_from_args();
    build_benches(&mut c, &template);
    drop(template);
    query_benches(&mut c, &data);
    c.final_summary();
}
