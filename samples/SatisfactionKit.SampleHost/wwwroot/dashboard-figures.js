// The dashboard's figures with how sure they are: every share with its sample size n and its 95 % interval (Wilson,
// as the report API gives it), the SIPAS-style factor and overall indices with their bootstrap interval, and each
// unit's sample against its quota. Units, factors and criteria by name, in the page's language.
const SKFigures = (() => {
  SK.addTexts({
    vi: {
      ci: 'KTC 95 %', satisfiedShare: 'Tỷ lệ hài lòng (n; KTC 95 %)', weighted: 'Có trọng số theo số hồ sơ',
      sipasOverall: 'Chỉ số SIPAS chung', sipasTitle: 'Chỉ số SIPAS theo yếu tố', factor: 'Yếu tố', index: 'Chỉ số (KTC 95 %)',
      criteriaCounted: 'Số tiêu chí tính', criteriaTitle: 'Theo tiêu chí', criterion: 'Tiêu chí', validAnswers: 'Số trả lời hợp lệ (n)',
      quotaTitle: 'Chỉ tiêu mẫu theo đơn vị và kỳ', quotaPeriod: 'Kỳ', dossiersReturned: 'Hồ sơ đã trả kết quả',
      formsCollected: 'Phiếu đã thu', requiredSample: 'Cỡ mẫu yêu cầu', quotaStatus: 'Tình trạng', margin: 'Sai số 95 %',
      quotaMet: 'Đạt', quotaShort: 'Thiếu {0} phiếu', points: 'điểm %', noQuota: 'Chưa có số hồ sơ từ phần mềm một cửa.',
      forms: 'phiếu', bootstrapNote: 'Khoảng tin cậy của chỉ số tổng hợp: bootstrap theo phiếu (1.000 lần lặp).',
      altUnits: 'Biểu đồ thanh — Tỷ lệ hài lòng theo đơn vị (cao nhất ở trên)', altTrend: 'Biểu đồ đường — Tỷ lệ hài lòng theo kỳ',
      altCriteria: 'Biểu đồ cột — Tỷ lệ không hài lòng theo tiêu chí', altHeatmap: 'Bản đồ nhiệt — Số phiếu theo giờ và thứ',
      noData: 'chưa có số liệu', mostAt: 'nhiều nhất lúc {0} giờ ({1} phiếu)',
      byProcedure: 'Theo thủ tục', procedure: 'Thủ tục',
    },
    en: {
      ci: '95 % CI', satisfiedShare: 'Satisfied share (n; 95 % CI)', weighted: 'Weighted by dossiers',
      sipasOverall: 'Overall SIPAS-style index', sipasTitle: 'SIPAS-style index by factor', factor: 'Factor', index: 'Index (95 % CI)',
      criteriaCounted: 'Criteria counted', criteriaTitle: 'By criterion', criterion: 'Criterion', validAnswers: 'Valid answers (n)',
      quotaTitle: 'Sample quota by unit and period', quotaPeriod: 'Period', dossiersReturned: 'Dossiers returned',
      formsCollected: 'Forms collected', requiredSample: 'Required n', quotaStatus: 'Status', margin: '95 % margin',
      quotaMet: 'Met', quotaShort: 'Short by {0}', points: 'points', noQuota: 'No dossier counts from the one-stop software yet.',
      forms: 'forms', bootstrapNote: 'Intervals of the composite indices: bootstrap over forms (1,000 resamples).',
      altUnits: 'Bar chart: satisfied rate by unit (best on top)', altTrend: 'Line chart: satisfied rate by period',
      altCriteria: 'Bar chart: dissatisfied share by criterion', altHeatmap: 'Heat map: ratings by hour and weekday',
      noData: 'no data yet', mostAt: 'most at {0}:00 ({1} forms)',
      byProcedure: 'By procedure', procedure: 'Procedure',
    },
  });

  const locale = () => (SK.lang === 'en' ? 'en-GB' : 'vi-VN');
  // One decimal, as officials read it: 82,4 (vi) or 82.4 (en).
  const num = x => Number(x).toLocaleString(locale(), { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const count = n => Number(n).toLocaleString(locale());
  const range = ci => `${num(ci.lower)}–${num(ci.upper)} %`;
  // "82,4 % (n = 120; KTC 95 %: 74,6–88,3 %)"
  const share = (value, ci) => (ci ? `${num(value)} % (n = ${count(ci.sampleSize)}; ${SK.t('ci')}: ${range(ci)})` : '—');
  const composite = (value, ci) => (value == null ? '—' : ci ? `${num(value)} % (${SK.t('ci')}: ${range(ci)})` : `${num(value)} %`);
  const day = iso => { const [y, m, d] = iso.split('-'); return SK.lang === 'en' ? iso : `${d}/${m}/${y}`; };
  const dayBefore = iso => { const d = new Date(iso + 'T00:00:00Z'); d.setUTCDate(d.getUTCDate() - 1); return d.toISOString().slice(0, 10); };
  const named = (dictionary, code) => (dictionary && dictionary[code] ? dictionary[code][SK.lang] || dictionary[code].vi : null);

  function fill(selector, rows) {
    const body = document.querySelector(selector + ' tbody');
    body.innerHTML = '';
    for (const { key, cells } of rows) {
      const tr = document.createElement('tr');
      tr.dataset.key = key;
      for (const v of cells) { const td = document.createElement('td'); td.textContent = v; tr.appendChild(td); }
      body.appendChild(tr);
    }
  }

  let last = null;
  function render() {
    if (!last) return;
    const { r, scheme, label } = last;
    const unitName = code => (r.names && r.names.units[code]) || code;
    const total = r.total.satisfiedRateInterval;
    document.getElementById('rate-ci').textContent = total ? `n = ${count(total.sampleSize)}; ${SK.t('ci')}: ${range(total)}` : '';
    const w = r.weightedSatisfiedRate;
    document.getElementById('rate-weighted').textContent = w && w.interval ? `${SK.t('weighted')}: ${composite(w.weighted, w.interval)}` : '';

    // Procedures by the names the one-stop software keeps (the report's IReportNameSource); the code beside.
    const procedureName = code => (r.names && r.names.procedures && r.names.procedures[code]) || code;
    fill('#procedures', (r.byProcedure || []).map(p => ({ key: p.key, cells: [procedureName(p.key), p.key, count(p.ratings), count(p.satisfied), share(p.satisfiedRate, p.satisfiedRateInterval)] })));
    fill('#units', r.byUnit.map(u => ({ key: u.key, cells: [unitName(u.key), u.key, count(u.ratings), count(u.satisfied), share(u.satisfiedRate, u.satisfiedRateInterval)] })));

    const sipas = r.sipasStyle;
    document.getElementById('sipas-section').hidden = !sipas;
    document.getElementById('sipas-card').hidden = !sipas;
    if (sipas) {
      const intervals = r.sipasStyleIntervals || { factors: {}, overall: null, respondents: 0 };
      document.getElementById('sipas').textContent = sipas.overall == null ? '—' : `${num(sipas.overall)} %`;
      document.getElementById('sipas-ci').textContent = intervals.overall ? `n = ${count(intervals.respondents)} ${SK.t('forms')}; ${SK.t('ci')}: ${range(intervals.overall)}` : '';
      fill('#factors', sipas.factors.map(f => ({ key: f.factorCode, cells: [named(scheme.factors, f.factorCode) || f.factorCode, composite(f.index, intervals.factors[f.factorCode]), count(f.criteriaCounted)] })));
    }

    fill('#criteria', r.criteria.map(c => ({
      key: c.criterionCode,
      cells: [named(scheme.criteria, c.criterionCode) || (r.names && r.names.criteria[c.criterionCode]) || c.criterionCode,
        c.factorCode ? named(scheme.factors, c.factorCode) || c.factorCode : '', count(c.answers), share(c.satisfiedShare, c.satisfiedShareInterval)],
    })));

    const period = `${label} (${day(r.dataFrom)}–${day(dayBefore(r.dataToExclusive))})`;
    fill('#quotas', r.quotas.map(q => ({
      key: q.unitCode,
      cells: [unitName(q.unitCode), period, count(q.dossiers), count(q.ratings), count(q.quota),
        q.isMet ? SK.t('quotaMet') : SK.t('quotaShort').replace('{0}', count(q.shortfall)),
        q.margin == null ? '—' : `± ${num(q.margin)} ${SK.t('points')}`],
    })));
    document.getElementById('no-quota').hidden = r.quotas.length > 0;
    describeCharts(r, scheme, unitName);
  }

  // Each chart's text alternative: what it shows, by name, with its figures (a screen reader reads the chart).
  function describeCharts(r, scheme, unitName) {
    const list = (key, items) => {
      const shown = items.map(([name, value]) => `${name} ${num(value)} %`);
      return `${SK.t(key)}: ${shown.length ? shown.join('; ') : SK.t('noData')}.`;
    };
    const alt = (id, text) => { document.getElementById('chart-' + id).alt = text; };
    alt('units', list('altUnits', [...r.byUnit].sort((a, b) => b.satisfiedRate - a.satisfiedRate).map(u => [unitName(u.key), u.satisfiedRate])));
    alt('trend', list('altTrend', r.trend.map(p => [p.key, p.satisfiedRate])));
    alt('criteria', list('altCriteria', r.criteria.map(c => [
      named(scheme.criteria, c.criterionCode) || (r.names && r.names.criteria[c.criterionCode]) || c.criterionCode,
      c.dissatisfiedShare != null ? c.dissatisfiedShare : 100 - c.satisfiedShare])));
    const byHour = new Array(24).fill(0);
    for (const cell of r.hourWeekday) byHour[cell.hour] += cell.ratings;
    const total = byHour.reduce((a, b) => a + b, 0);
    const peak = byHour.indexOf(Math.max(...byHour));
    alt('heatmap', `${SK.t('altHeatmap')}: ${total ? `${count(total)} ${SK.t('forms')}; ${SK.t('mostAt').replace('{0}', peak).replace('{1}', count(byHour[peak]))}` : SK.t('noData')}.`);
  }

  // The report of the period (r, from /api/reports) and the names of its scheme's factors and criteria.
  let asked = 0;
  async function show(r, label) {
    const mine = ++asked;
    const scheme = await SK.json('/api/reports/scheme?scheme=' + encodeURIComponent(r.schemeCode || ''));
    if (mine !== asked) return; // a later report is being shown
    last = { r, scheme, label };
    render();
  }

  document.addEventListener('sk-lang', render);
  return { show, share, composite };
})();
