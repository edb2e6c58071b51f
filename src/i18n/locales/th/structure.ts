/** The Structure section's texts (Thai): the structure matrix, bulk changes and their run. The journal's are in journal.ts. */
export default {
  nav: {
    structure: 'โครงสร้าง',
    tabs: 'มุมมองโครงสร้าง',
    matrix: 'ความครอบคลุม'
  },
  types: {
    CHAT: 'แชท',
    CHANNEL: 'ช่อง',
    COLLAB: 'คอลแลบ'
  },
  /** The same names inside a sentence ("bind chat …"): lower case where the language writes them so. */
  typesInSentence: {
    CHAT: 'แชท',
    CHANNEL: 'ช่อง',
    COLLAB: 'คอลแลบ'
  },
  status: {
    nodes: 'กำลังโหลดโครงสร้าง: โหลดแล้ว {count} หน่วยงาน…',
    nodesOf: 'กำลังโหลดโครงสร้าง: โหลดแล้ว {count} จาก {total} หน่วยงาน…',
    communications: 'โหลดแล้ว {loaded} จาก {total} หน่วยงาน',
    loaded: '{total} หน่วยงาน | {total} หน่วยงาน',
    error: 'ไม่สามารถโหลดความครอบคลุมได้: {message}',
    cancel: 'หยุดโหลด',
    reload: 'โหลดใหม่'
  },
  filters: {
    label: 'ตัวกรอง',
    text: 'กรองตามชื่อ',
    noChat: 'ไม่มีแชท',
    noChannel: 'ไม่มีช่อง',
    noCollab: 'ไม่มีคอลแลบ',
    branch: 'สาขา: {name}',
    clearBranch: 'แสดงโครงสร้างทั้งหมด',
    reset: 'ล้างตัวกรอง',
    shown: 'แสดง {shown} จาก {total}'
  },
  matrix: {
    label: 'ความครอบคลุมของโครงสร้างบริษัท',
    name: 'แผนกหรือทีม',
    chats: 'แชท',
    channels: 'ช่อง',
    collabs: 'คอลแลบ',
    actions: 'การดำเนินการ',
    selectColumn: 'การเลือก',
    select: 'เลือก {name}',
    inherited: '+{count} ที่สืบทอด',
    hidden: 'ซ่อนอยู่ {count}',
    cellLabel: 'โดยตรง {direct}, สืบทอด {inherited}, ซ่อนอยู่ {hidden}',
    unknown: 'ยังไม่ได้โหลด',
    team: 'ทีม',
    department: 'แผนก',
    showBranch: 'แสดงเฉพาะสาขาของ {name}',
    selectBranch: 'เลือก {name} และทุกหน่วยงานที่อยู่ภายใต้',
    empty: 'ไม่มีแผนกหรือทีมที่ตรงกับตัวกรอง',
    emptyStructure: 'โครงสร้างยังไม่มีแผนก'
  },
  selection: {
    count: 'เลือกแล้ว: {count} | เลือกแล้ว: {count}',
    selectFiltered: 'เลือกทั้งหมดที่แสดง',
    clear: 'ล้างการเลือก',
    bind: 'ผูก…',
    unbind: 'ยกเลิกการผูก…',
    createDefault: 'สร้างค่าเริ่มต้น…',
    noEditRight: 'เฉพาะผู้ดูแลระบบเท่านั้นที่เปลี่ยนการสื่อสารแบบกลุ่มได้'
  },
  csv: {
    export: 'ส่งออก CSV',
    fileName: 'ความครอบคลุม'
  },
  action: {
    titleBind: 'ผูกกับหน่วยงานที่เลือก {count} หน่วยงาน | ผูกกับหน่วยงานที่เลือก {count} หน่วยงาน',
    titleUnbind: 'ยกเลิกการผูกจากหน่วยงานที่เลือก {count} หน่วยงาน | ยกเลิกการผูกจากหน่วยงานที่เลือก {count} หน่วยงาน',
    titleCreate: 'สร้างค่าเริ่มต้นสำหรับหน่วยงานที่เลือก {count} หน่วยงาน | สร้างค่าเริ่มต้นสำหรับหน่วยงานที่เลือก {count} หน่วยงาน',
    type: 'ประเภท',
    source: 'เลือกจาก',
    sources: {
      chats: 'แชทล่าสุด',
      channels: 'ช่อง',
      collabs: 'คอลแลบ',
      search: 'ค้นหาแชท'
    },
    searchLabel: 'ชื่อแชท',
    searchHint: 'อย่างน้อย {min} อักขระ',
    byId: 'หรือป้อน ID',
    idLabel: 'ID ของแชท ช่อง หรือคอลแลบ',
    idInvalid: 'ป้อนจำนวนเต็มบวก',
    pickRequired: 'โปรดเลือกแชท ช่อง หรือคอลแลบก่อน',
    loading: 'กำลังโหลด…',
    empty: 'ไม่มีรายการให้เลือกที่นี่',
    loadError: 'ไม่สามารถโหลดรายการได้: {message}',
    bound: 'ผูกกับหน่วยงานที่เลือกอยู่ในขณะนี้',
    createHint: 'หน่วยงานที่เลือกแต่ละหน่วยงานที่ไม่มี{type} จะได้รับ{type}ส่วนตัวใหม่ที่ตั้งชื่อตามหน่วยงานนั้น หน่วยงานที่มีอยู่แล้วจะไม่เปลี่ยนแปลง',
    plan: 'ตรวจสอบแผน',
    cancel: 'ยกเลิก'
  },
  plan: {
    title: 'แผน: {action}',
    actionBind: 'ผูก{type} “{title}”',
    actionUnbind: 'ยกเลิกการผูก{type} “{title}”',
    actionCreate: 'สร้าง{type}เริ่มต้น',
    summary: 'จะส่งการเปลี่ยนแปลง {count} รายการใน {requests} คำขอ | จะส่งการเปลี่ยนแปลง {count} รายการใน {requests} คำขอ',
    nothing: 'ไม่มีสิ่งที่ต้องเปลี่ยน: หน่วยงานที่เลือกทั้งหมดเป็นไปตามที่ต้องการแล้ว',
    changes: 'การเปลี่ยนแปลง',
    skipped: 'ไม่เปลี่ยนแปลง ({count})',
    reasons: {
      'already-bound': 'มีอยู่แล้ว',
      'not-bound': 'ไม่มีรายการนี้',
      'has-some': 'มีอยู่แล้วหนึ่งรายการ',
      'not-loaded': 'ยังไม่ได้โหลดการสื่อสารของหน่วยงานนี้'
    },
    change: {
      bind: 'ผูก',
      unbind: 'ยกเลิกการผูก',
      createDefault: 'สร้างค่าเริ่มต้น'
    },
    send: 'ส่งการเปลี่ยนแปลง {count} รายการ | ส่งการเปลี่ยนแปลง {count} รายการ',
    discard: 'ยกเลิกแผน',
    confirmUnbindTitle: 'ยกเลิกการผูกจาก {count} หน่วยงานใช่ไหม | ยกเลิกการผูกจาก {count} หน่วยงานใช่ไหม',
    confirmUnbindText: 'สมาชิกยังคงอยู่ในแชท แต่แชทจะไม่เป็นของแผนกและทีมเหล่านี้อีกต่อไป คุณเลิกทำได้จากประวัติการเปลี่ยนแปลง',
    confirmUnbind: 'ยกเลิกการผูก'
  },
  run: {
    title: 'การเปลี่ยนแปลงแบบกลุ่ม',
    progress: 'เสร็จแล้ว {settled} จาก {total}',
    progressLabel: 'ความคืบหน้าของการเปลี่ยนแปลงแบบกลุ่ม',
    cancel: 'ยกเลิก',
    cancelling: 'จะหยุดหลังคำขอปัจจุบัน…',
    interrupted: 'การเปลี่ยนแปลงแบบกลุ่มหยุดก่อนเสร็จ: เสร็จแล้ว {done} จาก {total} เมื่อดำเนินการต่อจะไม่มีสิ่งใดถูกส่งซ้ำ',
    resume: 'ดำเนินการต่อ',
    finished: 'เสร็จสิ้น: สำเร็จ {done} ล้มเหลว {failed}',
    succeeded: 'สำเร็จ ({count})',
    failed: 'ล้มเหลว ({count})',
    unknown: 'ยังไม่ยืนยัน ({count}): ไม่สามารถสอบถามพอร์ทัลว่ามีข้อมูลใดอยู่ ดำเนินการต่อเพื่อตรวจสอบอีกครั้ง',
    retry: 'ลองรายการที่ล้มเหลวอีกครั้ง',
    close: 'ปิดรายงาน',
    error: 'การเปลี่ยนแปลงแบบกลุ่มหยุดลง: {message}',
    freshError: 'ไม่สามารถรีเฟรชหน้าจอจากพอร์ทัลได้: {message}',
    journalError: 'ทำการเปลี่ยนแปลงแล้ว แต่ไม่สามารถบันทึกประวัติการเปลี่ยนแปลงได้: {message}',
    status: {
      pending: 'รอดำเนินการ',
      running: 'กำลังส่ง',
      done: 'เสร็จแล้ว',
      failed: 'ล้มเหลว',
      unknown: 'ยังไม่ยืนยัน'
    }
  }
}
