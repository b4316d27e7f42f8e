package org.safeguarding.examples.privacy;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The names a class file refers to, read from its constant pool: every class, field and method it
 * uses is named there, whether or not the code that uses it ever runs. Reading the pool is enough
 * to know whether a class can print or log at all, without running it.
 */
final class ConstantPool {

  private static final int UTF8 = 1;
  private static final int INTEGER = 3;
  private static final int FLOAT = 4;
  private static final int LONG = 5;
  private static final int DOUBLE = 6;
  private static final int CLASS = 7;
  private static final int STRING = 8;
  private static final int FIELD = 9;
  private static final int METHOD = 10;
  private static final int INTERFACE_METHOD = 11;
  private static final int NAME_AND_TYPE = 12;
  private static final int METHOD_HANDLE = 15;
  private static final int METHOD_TYPE = 16;
  private static final int DYNAMIC = 17;
  private static final int INVOKE_DYNAMIC = 18;
  private static final int MODULE = 19;
  private static final int PACKAGE = 20;

  private final List<String> texts;
  private final List<String> members;

  private ConstantPool(List<String> texts, List<String> members) {
    this.texts = Collections.unmodifiableList(texts);
    this.members = Collections.unmodifiableList(members);
  }

  /** Every UTF-8 constant: class names, descriptors, member names and string literals. */
  List<String> texts() {
    return texts;
  }

  /**
   * Every field and method referred to, as {@code owner.name:descriptor} with the owner's internal
   * name, such as {@code java/lang/System.out:Ljava/io/PrintStream;}.
   */
  List<String> members() {
    return members;
  }

  static ConstantPool of(byte[] classFile) {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(classFile))) {
      if (in.readInt() != 0xCAFEBABE) {
        throw new IllegalArgumentException("not a class file");
      }
      in.readUnsignedShort(); // minor version
      in.readUnsignedShort(); // major version
      int count = in.readUnsignedShort();
      String[] utf8 = new String[count];
      int[] tags = new int[count];
      int[] first = new int[count];
      int[] second = new int[count];
      for (int i = 1; i < count; i++) {
        int tag = in.readUnsignedByte();
        tags[i] = tag;
        switch (tag) {
          case UTF8:
            utf8[i] = in.readUTF();
            break;
          case INTEGER:
          case FLOAT:
            in.readInt();
            break;
          case LONG:
          case DOUBLE:
            in.readLong();
            i++; // takes two entries
            break;
          case CLASS:
          case STRING:
          case METHOD_TYPE:
          case MODULE:
          case PACKAGE:
            first[i] = in.readUnsignedShort();
            break;
          case FIELD:
          case METHOD:
          case INTERFACE_METHOD:
          case NAME_AND_TYPE:
          case DYNAMIC:
          case INVOKE_DYNAMIC:
            first[i] = in.readUnsignedShort();
            second[i] = in.readUnsignedShort();
            break;
          case METHOD_HANDLE:
            in.readUnsignedByte();
            in.readUnsignedShort();
            break;
          default:
            throw new IllegalArgumentException("unknown constant tag " + tag + " at " + i);
        }
      }
      List<String> texts = new ArrayList<>();
      List<String> members = new ArrayList<>();
      for (int i = 1; i < count; i++) {
        if (tags[i] == UTF8) {
          texts.add(utf8[i]);
        } else if (tags[i] == FIELD || tags[i] == METHOD || tags[i] == INTERFACE_METHOD) {
          String owner = utf8[first[first[i]]];
          int nameAndType = second[i];
          members.add(owner + "." + utf8[first[nameAndType]] + ":" + utf8[second[nameAndType]]);
        }
      }
      return new ConstantPool(texts, members);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
