/** Shell texts (Arabic). */
export default {
  appName: 'Communications Hub',
  nav: {
    label: 'التنقل',
    departments: 'الأقسام',
    chats: 'الدردشات',
    openlines: 'القنوات المفتوحة',
    crmFields: 'حقول CRM'
  },
  user: {
    admin: 'المسؤول',
    avatarAlt: 'صورة {name}'
  },
  limits: {
    pacingTitle: 'تُرسَل الطلبات وفق الحد الزمني للبوابة',
    pacing: 'تمنح البوابة كل تطبيق وقت معالجة محدودًا لكل طريقة خلال عشر دقائق. وللبقاء ضمن هذا الحد، ستُرسَل الطلبات التالية ({methods}) في {time}. لا حاجة لفعل أي شيء: سيتابع التطبيق من تلقاء نفسه.',
    refusedTitle: 'أوقفت البوابة طريقةً مؤقتًا لهذا التطبيق',
    refused: 'تم بلوغ الحد الزمني للبوابة لـ{methods}. سيستأنف التطبيق العمل في {time} من تلقاء نفسه، ولن يضيع شيء.'
  },
  actions: {
    retry: 'إعادة المحاولة'
  },
  freshness: {
    asOf: 'آخر تحديث: {time}',
    checking: 'جارٍ التحقق من التغييرات…',
    changed: 'تغيّر منذ ذلك الحين: {count}',
    clearMarks: 'إخفاء العلامات',
    checkingRow: 'جارٍ التحقق من التغييرات',
    changedRow: 'تغيّر'
  },
  boot: {
    connecting: 'جارٍ الاتصال بـBitrix24…',
    errorTitle: 'تعذّر تشغيل التطبيق',
    accessDenied: 'ليست لديك صلاحية الوصول إلى هذا التطبيق. اطلب من مسؤول Bitrix24 منحك إياها.'
  },
  errors: {
    network: 'تعذّر الوصول إلى البوابة. تحقّق من الاتصال وحاول مرة أخرى.',
    generic: 'ردّت البوابة بخطأ: {message}'
  },
  outside: {
    title: 'افتح هذا التطبيق في Bitrix24',
    lead: 'يعمل Communications Hub داخل بوابة Bitrix24: فهو يحصل على المستخدم المسجّل دخوله وصلاحيات الوصول من إطار البوابة، لذا لا يمكنه العمل في صفحة مستقلة.',
    portalTitle: 'في بوابة Bitrix24 الخاصة بك',
    portalSteps: {
      one: 'انتقل إلى موارد المطوّرين ← أخرى ← تطبيق محلي.',
      two: 'اضبط مسار المعالج (ومسار التثبيت الأولي) على عنوان هذه الصفحة:',
      three: 'امنحه النطاقات humanresources وim وimopenlines وimconnector وcrm وuser وplacement وsocialnetwork، ثم افتح التطبيق من قائمة التطبيقات.'
    },
    emulatorTitle: 'بدون بوابة: المحاكي',
    emulatorText: 'شغّل الأمر أدناه من مجلد المشروع. سيبدأ بوابة محلية تشبه Bitrix24 وبداخلها هذا التطبيق، ويطبع العنوان الذي يجب فتحه.'
  },
  install: {
    title: 'تثبيت Communications Hub',
    lead: 'يربط Communications Hub الدردشات والقنوات ومساحات التعاون بأقسام هيكل شركتك وفرقه، ويُعدّ موصلات القنوات المفتوحة.',
    featuresTitle: 'ما يفعله التطبيق',
    features: {
      departments: 'يعرض هيكل الشركة ووسائل التواصل الخاصة بكل قسم وفريق.',
      chats: 'ينشئ الدردشات الجماعية ويدير المشاركين فيها.',
      openlines: 'يسجّل موصل القنوات المفتوحة ويضبط إعداداته.',
      crm: 'يعرض حقول اتصالات CRM.'
    },
    scopesTitle: 'الصلاحيات التي يستخدمها',
    scopes: {
      humanresources: 'هيكل الشركة',
      im: 'الدردشات وبرنامج المراسلة',
      imopenlines: 'القنوات المفتوحة',
      imconnector: 'موصلات القنوات المفتوحة',
      crm: 'CRM',
      user: 'المستخدمون',
      placement: 'التضمين في البوابة',
      socialnetwork: 'مجموعات العمل ومساحات التعاون'
    },
    finish: 'إنهاء التثبيت',
    finishFailed: 'تعذّر إنهاء التثبيت: {message}',
    pendingTitle: 'لم يكتمل التثبيت',
    pendingText: 'يجب أن يفتح أحد مسؤولي Bitrix24 هذا التطبيق مرة واحدة لإكمال تثبيته. تواصل مع المسؤول، ثم افتح التطبيق مرة أخرى.'
  }
}
