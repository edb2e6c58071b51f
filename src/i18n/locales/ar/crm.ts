/** CRM fields view (Arabic). */
export default {
  fields: {
    title: 'حقول اتصالات CRM',
    description: 'حقول اتصال نشاط CRM (crm.activity.communication.fields)، كما تصفها البوابة.',
    tableLabel: 'حقول اتصالات CRM',
    columns: {
      code: 'الحقل',
      title: 'العنوان',
      type: 'النوع',
      isRequired: 'إلزامي',
      isReadOnly: 'للقراءة فقط',
      isImmutable: 'غير قابل للتغيير',
      isMultiple: 'متعدد',
      isDynamic: 'ديناميكي'
    },
    yes: 'نعم',
    no: 'لا',
    loading: 'جارٍ تحميل الحقول…',
    emptyTitle: 'لا توجد حقول',
    emptyDescription: 'لا تصف البوابة أي حقول اتصال.',
    errorTitle: 'تعذّر تحميل الحقول'
  }
}
