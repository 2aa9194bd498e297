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
      padThanks: 'Cảm ơn ông/bà đã đánh giá!', keys: 'Có thể bấm phím {0}.', lookup: 'Tra cứu', notFound: 'Không tìm thấy hồ sơ.',
      ready: 'Đã có kết quả', notReady: 'Chưa có kết quả', appointment: 'Ngày hẹn trả',
      rate: 'Đánh giá trực tuyến', dossierCode: 'Mã hồ sơ', verificationCode: 'Mã xác thực (trên giấy tiếp nhận)',
      send: 'Gửi đánh giá', comment: 'Ý kiến khác (không bắt buộc)', thanks: 'Cảm ơn ông/bà đã đánh giá!',
      reasons: 'Ông/bà chưa hài lòng về điều gì?', conditions: 'Thông tin thêm', receipt: 'In lại giấy tiếp nhận',
      receiptCode: 'Mã xác thực', receiptLink: 'Đường dẫn đánh giá', dashboard: 'Bảng chỉ số', refused: 'Không gửi được:',
      period: 'Kỳ', unit: 'Đơn vị', scheme: 'Bộ tiêu chí', defaultScheme: 'Mặc định', allUnits: 'Toàn tỉnh', show: 'Xem', ratings: 'Lượt đánh giá', satisfied: 'Hài lòng',
      satisfiedRate: 'Tỷ lệ hài lòng', happyIndex: 'Chỉ số hạnh phúc (Happy Index)', responseRate: 'Tỷ lệ phản hồi tại quầy', dueBefore: 'Hạn nộp báo cáo',
      chartUnits: 'Chỉ số theo đơn vị', chartTrend: 'Diễn biến trong kỳ', chartCriteria: 'Không hài lòng theo tiêu chí',
      chartHeatmap: 'Giờ trong ngày × thứ trong tuần', byUnit: 'Theo đơn vị', downloadXlsx: 'Tải báo cáo Excel',
      downloadCsv: 'Tải CSV theo đơn vị', downloadPortal: 'Tệp cho Cổng dịch vụ công (JSON)',
      code: 'Mã', hierarchy: 'Theo cấp hành chính', rollupPeriod: 'Năm', rollupView: 'Cách tính', rollupLevel: 'Cấp', rollupAsOf: 'Tại ngày',
      asRecorded: 'Như đã ghi nhận (cơ cấu tại ngày chọn)', asRestructured: 'Theo cơ cấu hiện hành (số liệu đơn vị cũ cộng vào đơn vị kế thừa)',
      levelProvince: 'Tỉnh', levelDistrict: 'Huyện', levelCommune: 'Xã',
      signIn: 'Đăng nhập', signOut: 'Đăng xuất', signInTitle: 'Đăng nhập cho cán bộ', userName: 'Tên đăng nhập', password: 'Mật khẩu',
      signedInAs: 'Đang đăng nhập:', staffPages: 'Cho cán bộ (cần đăng nhập)', citizenPages: 'Cho công dân',
      demoAccounts: 'Tài khoản demo: canbo.q1, canbo.q3 (cán bộ một cửa), quantri.q1 (quản trị đơn vị), quantri.tinh (quản trị tỉnh), thanhtra (thanh tra). Mật khẩu được in ra khi khởi động lần đầu, hoặc là giá trị của SampleHost:DemoPassword.',
      notAllowed: 'Tài khoản này không được xem trang này.',
      'satisfactionkit-officer': 'cán bộ một cửa', 'satisfactionkit-unit-admin': 'quản trị đơn vị', 'satisfactionkit-province-admin': 'quản trị tỉnh', 'satisfactionkit-auditor': 'thanh tra',
    },
    en: {
      title: 'SatisfactionKit — one-stop sample', counter: 'Counter', pad: 'Rating pad', status: 'Dossier look-up',
      returnResult: 'Return result', cancel: 'Cancel', dossier: 'Dossier', chooseCounter: 'Choose a counter',
      Waiting: 'Waiting for the citizen to rate…', Done: 'The citizen has rated. Thank you!',
      PadOffline: 'The counter\'s pad is not connected — the citizen cannot rate yet.',
      Expired: 'Time is up; the citizen did not rate.', Cancelled: 'Cancelled.', idle: 'No rating prompt yet.',
      padIdle: 'Please wait for the officer to return your result…', padAsk: 'Are you satisfied?', padFollowUp: 'What were you not satisfied with?',
      padThanks: 'Thank you for your rating!', keys: 'Keys {0} work too.', lookup: 'Look up', notFound: 'Dossier not found.',
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
      signIn: 'Sign in', signOut: 'Sign out', signInTitle: 'Staff sign-in', userName: 'User name', password: 'Password',
      signedInAs: 'Signed in:', staffPages: 'For staff (sign-in needed)', citizenPages: 'For citizens',
      demoAccounts: 'Demo accounts: canbo.q1, canbo.q3 (one-stop officers), quantri.q1 (unit administrator), quantri.tinh (province administrator), thanhtra (auditor). The password is printed at the first start, or is the value of SampleHost:DemoPassword.',
      notAllowed: 'This account may not see this page.',
      'satisfactionkit-officer': 'one-stop officer', 'satisfactionkit-unit-admin': 'unit administrator', 'satisfactionkit-province-admin': 'province administrator', 'satisfactionkit-auditor': 'auditor',
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
    // A staff page whose sign-in has ended goes to the sign-in page, and comes back after it.
    if (response.status === 401 && document.body.dataset.account === 'staff') { signInPage(); }
    const body = response.status === 204 ? null : await response.json().catch(() => null);
    if (!response.ok) throw Object.assign(new Error((body && body.title) || response.statusText), { status: response.status, body });
    return body;
  }
  // Once the page is leaving (signed out, or already sent to sign in), a late 401 of a request still under way must not
  // start a second navigation that races the first.
  let leaving = false;
  function go(url) { if (!leaving) { leaving = true; location.href = url; } }
  function signInPage() { go('/login.html?returnUrl=' + encodeURIComponent(location.pathname + location.search)); }
  // Who is signed in (GET /api/me), or null.
  let mePromise = null;
  const me = () => mePromise || (mePromise = fetch('/api/me', { headers: { 'accept-language': lang } }).then(r => r.ok ? r.json() : null).catch(() => null));
  // The account bar (<span id="account">): who is signed in and "sign out", or "sign in" when nobody is.
  async function accountBar() {
    const bar = document.getElementById('account');
    if (!bar) return;
    const person = await me();
    bar.innerHTML = '';
    if (!person) {
      const a = document.createElement('a'); a.href = '/login.html?returnUrl=' + encodeURIComponent(location.pathname + location.search);
      a.id = 'signin'; a.dataset.t = 'signIn'; a.textContent = t('signIn'); bar.appendChild(a);
      return;
    }
    const who = document.createElement('span'); who.id = 'who'; who.title = person.roles.join(' ');
    who.textContent = person.name + ' (' + person.roles.map(t).join(', ') + (person.units.length ? ' — ' + person.units.join(', ') : '') + ')';
    const label = document.createElement('span'); label.dataset.t = 'signedInAs'; label.textContent = t('signedInAs');
    const out = document.createElement('a'); out.href = '#'; out.id = 'signout'; out.dataset.t = 'signOut'; out.textContent = t('signOut');
    out.addEventListener('click', async e => {
      e.preventDefault();
      leaving = true;
      await fetch('/api/account/logout', { method: 'POST' });
      location.href = '/login.html';
    });
    bar.append(label, ' ', who, ' · ', out);
  }
  // The role names follow the language switch.
  document.addEventListener('sk-lang', accountBar);
  const post = (url, body) => json(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  document.addEventListener('DOMContentLoaded', () => {
    apply();
    const sw = document.getElementById('lang');
    if (sw) sw.addEventListener('click', toggle);
    accountBar();
  });
  // The messages of a refusal (HTTP 400 problem document with errors[]), or the error's own message.
  const errors = err => (err.body && Array.isArray(err.body.errors) && err.body.errors.length) ? err.body.errors.map(e => e.message) : [err.message];
  return { t, json, post, errors, addTexts, me, signInPage, get lang() { return lang; } };
})();
