// Shared page helpers: Vietnamese by default, English with ?lang=en or the switch (kept in localStorage).
const SK = (() => {
  const params = new URLSearchParams(location.search);
  let lang = params.get('lang') || localStorage.getItem('sk-lang') || 'vi';
  const texts = {
    vi: {
      title: 'SatisfactionKit — mẫu một cửa', counter: 'Quầy', pad: 'Bàn phím đánh giá', status: 'Tra cứu hồ sơ',
      returnResult: 'Trả kết quả', cancel: 'Hủy', dossier: 'Hồ sơ', chooseCounter: 'Chọn quầy',
      Waiting: 'Đang chờ công dân đánh giá…', Done: 'Công dân đã đánh giá. Cảm ơn!',
      PadOffline: 'Thiết bị tại quầy không kết nối — công dân chưa thể đánh giá.',
      Expired: 'Hết thời gian, công dân không đánh giá.', Cancelled: 'Đã hủy.', idle: 'Chưa có lượt đánh giá.',
      padIdle: 'Xin chờ cán bộ trả kết quả…', padAsk: 'Ông/bà có hài lòng không?', padFollowUp: 'Ông/bà chưa hài lòng về điều gì?',
      padThanks: 'Cảm ơn ông/bà đã đánh giá!', keys: 'Có thể bấm phím 1–5.', lookup: 'Tra cứu', notFound: 'Không tìm thấy hồ sơ.',
      ready: 'Đã có kết quả', notReady: 'Chưa có kết quả', appointment: 'Ngày hẹn trả',
      rate: 'Đánh giá trực tuyến', dossierCode: 'Mã hồ sơ', verificationCode: 'Mã xác thực (trên giấy tiếp nhận)',
      send: 'Gửi đánh giá', comment: 'Ý kiến khác (không bắt buộc)', thanks: 'Cảm ơn ông/bà đã đánh giá!',
      reasons: 'Ông/bà chưa hài lòng về điều gì?', conditions: 'Thông tin thêm', receipt: 'In lại giấy tiếp nhận',
      receiptCode: 'Mã xác thực', receiptLink: 'Đường dẫn đánh giá', dashboard: 'Bảng chỉ số', refused: 'Không gửi được:',
      period: 'Kỳ', unit: 'Đơn vị', scheme: 'Bộ tiêu chí', defaultScheme: 'Mặc định', allUnits: 'Toàn tỉnh', show: 'Xem', ratings: 'Lượt đánh giá', satisfied: 'Hài lòng',
      satisfiedRate: 'Tỷ lệ hài lòng', happyIndex: 'Happy Index', responseRate: 'Tỷ lệ phản hồi tại quầy', dueBefore: 'Hạn nộp báo cáo',
      chartUnits: 'Chỉ số theo đơn vị', chartTrend: 'Diễn biến trong kỳ', chartCriteria: 'Không hài lòng theo tiêu chí',
      chartHeatmap: 'Giờ trong ngày × thứ trong tuần', byUnit: 'Theo đơn vị', downloadXlsx: 'Tải báo cáo Excel',
      downloadCsv: 'Tải CSV theo đơn vị', downloadPortal: 'Tệp cho Cổng dịch vụ công (JSON)',
      code: 'Mã', hierarchy: 'Theo cấp hành chính', rollupPeriod: 'Năm', rollupView: 'Cách tính', rollupLevel: 'Cấp', rollupAsOf: 'Tại ngày',
      asRecorded: 'Như đã ghi nhận (cơ cấu tại ngày chọn)', asRestructured: 'Theo cơ cấu hiện hành (số liệu đơn vị cũ cộng vào đơn vị kế thừa)',
      levelProvince: 'Tỉnh', levelDistrict: 'Huyện', levelCommune: 'Xã',
    },
    en: {
      title: 'SatisfactionKit — one-stop sample', counter: 'Counter', pad: 'Rating pad', status: 'Dossier look-up',
      returnResult: 'Return result', cancel: 'Cancel', dossier: 'Dossier', chooseCounter: 'Choose a counter',
      Waiting: 'Waiting for the citizen to rate…', Done: 'The citizen has rated. Thank you!',
      PadOffline: 'The counter\'s pad is not connected — the citizen cannot rate yet.',
      Expired: 'Time is up; the citizen did not rate.', Cancelled: 'Cancelled.', idle: 'No rating prompt yet.',
      padIdle: 'Please wait for the officer to return your result…', padAsk: 'Are you satisfied?', padFollowUp: 'What were you not satisfied with?',
      padThanks: 'Thank you for your rating!', keys: 'Keys 1–5 work too.', lookup: 'Look up', notFound: 'Dossier not found.',
      ready: 'Result ready', notReady: 'No result yet', appointment: 'Appointment date',
      rate: 'Rate online', dossierCode: 'Dossier code', verificationCode: 'Verification code (on your receipt)',
      send: 'Send rating', comment: 'Other comments (optional)', thanks: 'Thank you for your rating!',
      reasons: 'What were you not satisfied with?', conditions: 'More about you', receipt: 'Re-print receipt',
      receiptCode: 'Verification code', receiptLink: 'Rating link', dashboard: 'Dashboard', refused: 'Not sent:',
      period: 'Period', unit: 'Unit', scheme: 'Scheme', defaultScheme: 'Default', allUnits: 'Whole province', show: 'Show', ratings: 'Ratings', satisfied: 'Satisfied',
      satisfiedRate: 'Satisfied rate', happyIndex: 'Happy Index', responseRate: 'Counter response rate', dueBefore: 'Report due before',
      chartUnits: 'Index by unit', chartTrend: 'Trend in the period', chartCriteria: 'Dissatisfaction by criterion',
      chartHeatmap: 'Hour of day × weekday', byUnit: 'By unit', downloadXlsx: 'Download Excel report',
      downloadCsv: 'Download CSV by unit', downloadPortal: 'National portal file (JSON)',
      code: 'Code', hierarchy: 'By administrative level', rollupPeriod: 'Year', rollupView: 'View', rollupLevel: 'Level', rollupAsOf: 'As of',
      asRecorded: 'As recorded (the hierarchy on the chosen date)', asRestructured: 'As restructured (old units\' history with their successor)',
      levelProvince: 'Province', levelDistrict: 'District', levelCommune: 'Commune',
    },
  };
  const t = key => (texts[lang] && texts[lang][key]) || key;
  // A page's own labels ({ vi: {...}, en: {...} }), added before the page is shown.
  const addTexts = more => { for (const l of Object.keys(more)) Object.assign(texts[l] || (texts[l] = {}), more[l]); };
  function apply() {
    document.documentElement.lang = lang;
    document.querySelectorAll('[data-t]').forEach(el => { el.textContent = t(el.dataset.t); });
    const sw = document.getElementById('lang');
    if (sw) sw.textContent = lang === 'vi' ? 'English' : 'Tiếng Việt';
  }
  function toggle() { lang = lang === 'vi' ? 'en' : 'vi'; localStorage.setItem('sk-lang', lang); apply(); document.dispatchEvent(new Event('sk-lang')); }
  async function json(url, options) {
    // The server answers refusals in the page's language.
    const init = Object.assign({}, options);
    init.headers = Object.assign({ 'accept-language': lang }, init.headers || {});
    const response = await fetch(url, init);
    const body = response.status === 204 ? null : await response.json().catch(() => null);
    if (!response.ok) throw Object.assign(new Error((body && body.title) || response.statusText), { status: response.status, body });
    return body;
  }
  const post = (url, body) => json(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  document.addEventListener('DOMContentLoaded', () => {
    apply();
    const sw = document.getElementById('lang');
    if (sw) sw.addEventListener('click', toggle);
  });
  // The messages of a refusal (HTTP 400 problem document with errors[]), or the error's own message.
  const errors = err => (err.body && Array.isArray(err.body.errors) && err.body.errors.length) ? err.body.errors.map(e => e.message) : [err.message];
  return { t, json, post, errors, addTexts, get lang() { return lang; } };
})();
