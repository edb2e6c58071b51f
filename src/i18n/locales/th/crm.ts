/** CRM fields view (Thai). */
export default {
  fields: {
    title: 'ฟิลด์การสื่อสารของ CRM',
    description: 'ฟิลด์ของการสื่อสารในกิจกรรม CRM (crm.activity.communication.fields) ตามที่พอร์ทัลอธิบาย',
    tableLabel: 'ฟิลด์การสื่อสารของ CRM',
    columns: {
      code: 'ฟิลด์',
      title: 'ชื่อ',
      type: 'ประเภท',
      isRequired: 'จำเป็น',
      isReadOnly: 'อ่านอย่างเดียว',
      isImmutable: 'เปลี่ยนแปลงไม่ได้',
      isMultiple: 'หลายค่า',
      isDynamic: 'ไดนามิก'
    },
    yes: 'ใช่',
    no: 'ไม่',
    loading: 'กำลังโหลดฟิลด์…',
    emptyTitle: 'ไม่มีฟิลด์',
    emptyDescription: 'พอร์ทัลไม่ได้อธิบายฟิลด์การสื่อสารใดๆ',
    errorTitle: 'ไม่สามารถโหลดฟิลด์ได้'
  }
}
