/** The Structure section's texts (Arabic): the structure matrix, bulk changes and their run. The journal's are in journal.ts. */
export default {
  nav: {
    structure: 'الهيكل',
    tabs: 'طرق عرض الهيكل',
    matrix: 'التغطية'
  },
  types: {
    CHAT: 'دردشة',
    CHANNEL: 'قناة',
    COLLAB: 'مساحة تعاون'
  },
  /** The same names inside a sentence ("bind chat …"): lower case where the language writes them so. */
  typesInSentence: {
    CHAT: 'دردشة',
    CHANNEL: 'قناة',
    COLLAB: 'مساحة تعاون'
  },
  status: {
    nodes: 'جارٍ تحميل الهيكل: عدد الوحدات حتى الآن {count}…',
    nodesOf: 'جارٍ تحميل الهيكل: الوحدات {count} من {total}…',
    communications: 'الوحدات المحمّلة: {loaded} من {total}',
    loaded: '{total} وحدة | وحدة واحدة | وحدتان | {total} وحدات | {total} وحدة | {total} وحدة',
    error: 'تعذّر تحميل التغطية: {message}',
    cancel: 'إيقاف التحميل',
    reload: 'إعادة التحميل'
  },
  filters: {
    label: 'عوامل التصفية',
    text: 'التصفية حسب الاسم',
    noChat: 'بلا دردشة',
    noChannel: 'بلا قناة',
    noCollab: 'بلا مساحة تعاون',
    branch: 'الفرع: {name}',
    clearBranch: 'عرض الهيكل بالكامل',
    reset: 'مسح عوامل التصفية',
    shown: 'المعروض: {shown} من {total}'
  },
  matrix: {
    label: 'تغطية هيكل الشركة',
    name: 'القسم أو الفريق',
    chats: 'الدردشات',
    channels: 'القنوات',
    collabs: 'مساحات التعاون',
    actions: 'الإجراءات',
    selectColumn: 'التحديد',
    select: 'تحديد {name}',
    inherited: '+{count} موروثة',
    hidden: 'مخفية: {count}',
    cellLabel: 'مباشرة: {direct}، موروثة: {inherited}، مخفية: {hidden}',
    unknown: 'لم يُحمَّل',
    team: 'فريق',
    department: 'قسم',
    showBranch: 'عرض فرع {name} فقط',
    selectBranch: 'تحديد {name} وكل ما يتبعه',
    empty: 'لا يوجد قسم أو فريق يطابق عوامل التصفية.',
    emptyStructure: 'لا توجد أقسام في الهيكل بعد.'
  },
  selection: {
    count: 'المحدد: {count} | المحدد: {count} | المحدد: {count} | المحدد: {count} | المحدد: {count} | المحدد: {count}',
    selectFiltered: 'تحديد كل المعروض',
    clear: 'مسح التحديد',
    bind: 'ربط…',
    unbind: 'فك الربط…',
    createDefault: 'إنشاء افتراضي…',
    noEditRight: 'يمكن للمسؤولين فقط تغيير وسائل التواصل بشكل جماعي.'
  },
  csv: {
    export: 'تصدير CSV',
    fileName: 'التغطية'
  },
  action: {
    titleBind: 'الربط بـ{count} وحدة محددة | الربط بالوحدة المحددة | الربط بالوحدتين المحددتين | الربط بـ{count} وحدات محددة | الربط بـ{count} وحدة محددة | الربط بـ{count} وحدة محددة',
    titleUnbind: 'فك الربط من {count} وحدة محددة | فك الربط من الوحدة المحددة | فك الربط من الوحدتين المحددتين | فك الربط من {count} وحدات محددة | فك الربط من {count} وحدة محددة | فك الربط من {count} وحدة محددة',
    titleCreate: 'إنشاء الافتراضي لـ{count} وحدة محددة | إنشاء الافتراضي للوحدة المحددة | إنشاء الافتراضي للوحدتين المحددتين | إنشاء الافتراضي لـ{count} وحدات محددة | إنشاء الافتراضي لـ{count} وحدة محددة | إنشاء الافتراضي لـ{count} وحدة محددة',
    type: 'النوع',
    source: 'الاختيار من',
    sources: {
      chats: 'الدردشات الأخيرة',
      channels: 'القنوات',
      collabs: 'مساحات التعاون',
      search: 'البحث في الدردشات'
    },
    searchLabel: 'اسم الدردشة',
    searchHint: '{min} أحرف على الأقل',
    byId: 'أو أدخل معرّفًا',
    idLabel: 'معرّف الدردشة أو القناة أو مساحة التعاون',
    idInvalid: 'أدخل عددًا صحيحًا موجبًا.',
    pickRequired: 'اختر دردشة أو قناة أو مساحة تعاون أولًا.',
    loading: 'جارٍ التحميل…',
    empty: 'لا يوجد ما يمكن اختياره هنا.',
    loadError: 'تعذّر تحميل القائمة: {message}',
    bound: 'مرتبطة حاليًا بالوحدات المحددة',
    createHint: 'كل وحدة محددة ليست لديها {type} ستحصل على واحدة جديدة خاصة تحمل اسمها. أما الوحدات التي لديها واحدة بالفعل فلن تتغير.',
    plan: 'مراجعة الخطة',
    cancel: 'إلغاء'
  },
  plan: {
    title: 'الخطة: {action}',
    actionBind: 'ربط {type} «{title}»',
    actionUnbind: 'فك ربط {type} «{title}»',
    actionCreate: 'إنشاء {type} افتراضية',
    summary: 'سيُرسَل {count} تغيير (عدد الطلبات: {requests}). | سيُرسَل تغيير واحد (عدد الطلبات: {requests}). | سيُرسَل تغييران (عدد الطلبات: {requests}). | ستُرسَل {count} تغييرات (عدد الطلبات: {requests}). | سيُرسَل {count} تغييرًا (عدد الطلبات: {requests}). | سيُرسَل {count} تغيير (عدد الطلبات: {requests}).',
    nothing: 'لا شيء لتغييره: كل الوحدات المحددة على الحال المطلوبة بالفعل.',
    changes: 'التغييرات',
    skipped: 'لم تتغير ({count})',
    reasons: {
      'already-bound': 'مرتبطة بها بالفعل',
      'not-bound': 'غير مرتبطة بها',
      'has-some': 'لديها واحدة بالفعل',
      'not-loaded': 'لم تُحمَّل وسائل التواصل الخاصة بها'
    },
    change: {
      bind: 'ربط',
      unbind: 'فك الربط',
      createDefault: 'إنشاء افتراضي'
    },
    send: 'إرسال {count} تغيير | إرسال تغيير واحد | إرسال تغييرين | إرسال {count} تغييرات | إرسال {count} تغييرًا | إرسال {count} تغيير',
    discard: 'تجاهل الخطة',
    confirmUnbindTitle: 'فك الربط من {count} وحدة؟ | فك الربط من وحدة واحدة؟ | فك الربط من وحدتين؟ | فك الربط من {count} وحدات؟ | فك الربط من {count} وحدة؟ | فك الربط من {count} وحدة؟',
    confirmUnbindText: 'سيحتفظ الأعضاء بالدردشة، لكنها لن تعود تابعة لهذه الأقسام والفرق. يمكن التراجع عن ذلك من السجل.',
    confirmUnbind: 'فك الربط'
  },
  run: {
    title: 'تغيير جماعي',
    progress: 'اكتمل {settled} من {total}',
    progressLabel: 'تقدّم التغيير الجماعي',
    cancel: 'إلغاء',
    cancelling: 'سيتوقف بعد الطلب الحالي…',
    interrupted: 'توقف التغيير الجماعي قبل اكتماله: اكتمل {done} من {total}. لن يُرسَل أي شيء مرتين عند الاستئناف.',
    resume: 'استئناف',
    finished: 'اكتمل: نجح {done}، وفشل {failed}.',
    succeeded: 'نجحت ({count})',
    failed: 'فشلت ({count})',
    unknown: 'غير مؤكدة ({count}): تعذّر الاستعلام من البوابة عمّا لديها. استأنف للتحقق مرة أخرى.',
    retry: 'إعادة محاولة الفاشلة',
    close: 'إغلاق التقرير',
    error: 'توقف التغيير الجماعي: {message}',
    freshError: 'تعذّر تحديث الشاشة من البوابة: {message}',
    journalError: 'أُجريت التغييرات، لكن تعذّر حفظ السجل: {message}',
    status: {
      pending: 'في الانتظار',
      running: 'جارٍ الإرسال',
      done: 'اكتمل',
      failed: 'فشل',
      unknown: 'غير مؤكد'
    }
  }
}
