package io.bwjtapi.api;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The parts of a class file that tell what the compiler recorded about a type and its members: the
 * constant pool's strings, the access flags, the fields and methods with their descriptors, and the
 * names of the attributes on each (such as {@code Deprecated}). Attribute contents and code are skipped.
 *
 * @param name the binary name with dots, for example {@code javax.telephony.events.Ev}
 * @param accessFlags the class's access flags
 * @param attributes the names of the class's attributes
 * @param members the declared fields and methods, in class-file order
 */
record ClassFile(String name, int accessFlags, Set<String> attributes, List<MemberInfo> members) {
    private static final int MAGIC = 0xCAFEBABE;

    /** A field or method: {@code name} plus {@code descriptor} is its identity when linking. */
    record MemberInfo(int accessFlags, String name, String descriptor, Set<String> attributes) {
        /** The name and descriptor as {@link ApiListing.Member#key()} writes them. */
        String key() {
            return descriptor.startsWith("(") ? name + descriptor : name + ":" + descriptor;
        }
    }

    /** Reads one class file; the stream is consumed but not closed. */
    static ClassFile read(InputStream stream) throws IOException {
        DataInputStream in = new DataInputStream(stream);
        if (in.readInt() != MAGIC) {
            throw new IOException("not a class file: bad magic number");
        }
        in.readUnsignedShort(); // minor version
        in.readUnsignedShort(); // major version
        String[] utf8 = readConstantPool(in);
        int accessFlags = in.readUnsignedShort();
        int thisClass = in.readUnsignedShort();
        in.readUnsignedShort(); // super_class
        skip(in, 2 * in.readUnsignedShort()); // interfaces
        List<MemberInfo> members = new ArrayList<>();
        readMembers(in, utf8, members); // fields
        readMembers(in, utf8, members); // methods
        Set<String> attributes = readAttributeNames(in, utf8);
        return new ClassFile(utf8[thisClass].replace('/', '.'), accessFlags, attributes, List.copyOf(members));
    }

    /**
     * Reads the constant pool and returns, per index, the text of each Utf8 entry; for a Class entry, the
     * text of the Utf8 entry it names (so {@code this_class} resolves to the class name).
     */
    private static String[] readConstantPool(DataInputStream in) throws IOException {
        int count = in.readUnsignedShort();
        String[] utf8 = new String[count];
        int[] classNameIndex = new int[count];
        for (int index = 1; index < count; index++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> utf8[index] = in.readUTF();
                case 7 -> classNameIndex[index] = in.readUnsignedShort();
                case 8, 16, 19, 20 -> skip(in, 2); // String, MethodType, Module, Package
                case 15 -> skip(in, 3); // MethodHandle
                case 3, 4, 9, 10, 11, 12, 17, 18 -> skip(in, 4); // Integer, Float, refs, NameAndType, dynamic
                case 5, 6 -> { // Long and Double take two entries
                    skip(in, 8);
                    index++;
                }
                default -> throw new IOException("unknown constant pool tag " + tag + " at index " + index);
            }
        }
        for (int index = 1; index < count; index++) {
            if (classNameIndex[index] != 0) {
                utf8[index] = utf8[classNameIndex[index]];
            }
        }
        return utf8;
    }

    private static void readMembers(DataInputStream in, String[] utf8, List<MemberInfo> members) throws IOException {
        int count = in.readUnsignedShort();
        for (int i = 0; i < count; i++) {
            int accessFlags = in.readUnsignedShort();
            String name = utf8[in.readUnsignedShort()];
            String descriptor = utf8[in.readUnsignedShort()];
            members.add(new MemberInfo(accessFlags, name, descriptor, readAttributeNames(in, utf8)));
        }
    }

    private static Set<String> readAttributeNames(DataInputStream in, String[] utf8) throws IOException {
        int count = in.readUnsignedShort();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < count; i++) {
            names.add(utf8[in.readUnsignedShort()]);
            skip(in, in.readInt());
        }
        return Set.copyOf(names);
    }

    private static void skip(DataInputStream in, int bytes) throws IOException {
        in.skipNBytes(bytes);
    }
}
