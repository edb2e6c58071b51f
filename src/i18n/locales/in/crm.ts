/** CRM fields view (Hindi). */
export default {
  fields: {
    title: 'CRM कम्युनिकेशन फ़ील्ड',
    description: 'CRM गतिविधि के कम्युनिकेशन फ़ील्ड (crm.activity.communication.fields), जैसा पोर्टल उनका वर्णन करता है।',
    tableLabel: 'CRM कम्युनिकेशन फ़ील्ड',
    columns: {
      code: 'फ़ील्ड',
      title: 'शीर्षक',
      type: 'प्रकार',
      isRequired: 'आवश्यक',
      isReadOnly: 'केवल पढ़ने के लिए',
      isImmutable: 'अपरिवर्तनीय',
      isMultiple: 'एकाधिक',
      isDynamic: 'डायनेमिक'
    },
    yes: 'हाँ',
    no: 'नहीं',
    loading: 'फ़ील्ड लोड हो रहे हैं…',
    emptyTitle: 'कोई फ़ील्ड नहीं',
    emptyDescription: 'पोर्टल किसी कम्युनिकेशन फ़ील्ड का वर्णन नहीं करता।',
    errorTitle: 'फ़ील्ड लोड नहीं हो सके'
  }
}
